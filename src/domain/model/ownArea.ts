import { foldHeader } from './columns';

/** True when an Område means the municipality's own figure: empty, or the Kommune's name. */
export function isOwnArea(area: string | null, municipality: string | null): boolean {
  if (area === null || area.trim() === '') return true;
  return municipality !== null && foldHeader(area) === foldHeader(municipality);
}

/** A key that is the same for every spelling of the same area; the own area is ''. */
export function areaKey(area: string | null, municipality: string | null): string {
  return isOwnArea(area, municipality) ? '' : foldHeader(area ?? '');
}
