Office.onReady(() => {});
