import { makeStyles, typographyStyles } from '@fluentui/react-components';
import type { ReactNode, Ref } from 'react';

const useStyles = makeStyles({
  heading: { ...typographyStyles.subtitle2, margin: 0 },
});

/** A section heading that can take keyboard focus when an action finishes (tabIndex −1). */
export function SectionHeading({
  id,
  headingRef,
  level = 2,
  children,
}: {
  id?: string;
  headingRef?: Ref<HTMLHeadingElement>;
  level?: 2 | 3;
  children: ReactNode;
}) {
  const styles = useStyles();
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} ref={headingRef} tabIndex={headingRef ? -1 : undefined} className={styles.heading}>
      {children}
    </Tag>
  );
}
