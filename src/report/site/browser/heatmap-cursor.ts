/**
 * Reading the heatmap without labels: hovering a cell, or focusing the map (Tab) and moving a
 * cursor with the arrow keys (Home and End jump to the row's ends), writes the pair's names and
 * agreement into a live region under the map and outlines the cell.
 */
import { fixed } from '../../format.js';
import { h, s } from './dom.js';

export interface HeatmapGeometry {
  readonly left: number;
  readonly top: number;
  readonly cell: number;
  readonly width: number;
}

export function attachHeatmapCursor(
  svg: SVGSVGElement,
  geometry: HeatmapGeometry,
  names: readonly string[],
  agreement: readonly (number | null)[],
): HTMLElement {
  const n = names.length;
  const { left, top, cell } = geometry;
  const readout = h(
    'p',
    { class: 'heat-readout', id: 'heat-readout', 'aria-live': 'polite' },
    'Hover a cell, or focus the map and use the arrow keys, to read a pair.',
  );
  const cursor = s('rect', { class: 'cursor', width: cell, height: cell, visibility: 'hidden' });
  svg.append(cursor);
  svg.setAttribute('tabindex', '0');
  svg.setAttribute('aria-describedby', readout.id);
  let at: [number, number] = [0, 0];

  function show(i: number, j: number): void {
    at = [i, j];
    const a = agreement[i * n + j] ?? null;
    cursor.setAttribute('x', String(left + j * cell));
    cursor.setAttribute('y', String(top + i * cell));
    cursor.setAttribute('visibility', 'visible');
    readout.textContent =
      i === j
        ? `${names[i]} (row ${i + 1} of ${n}) with itself`
        : `${names[i]} × ${names[j]}: agreement ${a === null ? 'none (too few shared models)' : fixed(a)}`;
  }

  svg.addEventListener('mousemove', (e) => {
    const box = svg.getBoundingClientRect();
    const scale = geometry.width / box.width;
    const j = Math.floor(((e.clientX - box.left) * scale - left) / cell);
    const i = Math.floor(((e.clientY - box.top) * scale - top) / cell);
    if (
      i >= 0 &&
      j >= 0 &&
      i < n &&
      j < n &&
      (i !== at[0] || j !== at[1] || cursor.getAttribute('visibility') === 'hidden')
    )
      show(i, j);
  });
  svg.addEventListener('focus', () => show(...at));
  svg.addEventListener('keydown', (e) => {
    let [i, j] = at;
    if (e.key === 'ArrowRight') j = Math.min(n - 1, j + 1);
    else if (e.key === 'ArrowLeft') j = Math.max(0, j - 1);
    else if (e.key === 'ArrowDown') i = Math.min(n - 1, i + 1);
    else if (e.key === 'ArrowUp') i = Math.max(0, i - 1);
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = n - 1;
    else return;
    e.preventDefault();
    show(i, j);
  });
  return readout;
}
