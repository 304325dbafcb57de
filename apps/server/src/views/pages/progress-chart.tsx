import { intlTag } from '@sesame/protocol';
import type { SnapshotPoint } from '@sesame/core';
import { format } from '../../i18n/format-message';
import type { ViewContext } from '../view-context';

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { left: 48, right: 16, top: 16, bottom: 32 };
/** Colours with a 4.5:1 contrast or more on white (WCAG 1.4.11 asks 3:1 for graphics). */
const EQUIPPED = '#1d6b36';
const HOLDOUTS = '#a4262c';

/**
 * The dashboard's progress over time (issue 14 point 3), drawn on the server as SVG — no script,
 * nothing sent elsewhere: equipped agents and holdouts per day. For every reader the same figures
 * follow as a table (WCAG 1.1.1: the image has a text alternative, the table is the data); the
 * image itself names its two lines and says where the table is.
 */
export function ProgressChart(props: { ctx: ViewContext; series: readonly SnapshotPoint[] }) {
  const d = props.ctx.m.dashboard;
  const { locale } = props.ctx;
  const points = props.series.map((p) => ({
    day: p.day,
    equipped: p.counts.app + p.counts.key + p.counts.totp,
    holdouts: p.counts.sms + p.counts.password,
  }));
  const first = points[0]?.day ?? '';
  const last = points.at(-1)?.day ?? '';
  const max = Math.max(1, ...points.map((p) => Math.max(p.equipped, p.holdouts)));
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const line = (key: 'equipped' | 'holdouts') =>
    points.map((p, i) => `${x(i).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' ');
  const number = new Intl.NumberFormat(intlTag(locale));
  return (
    <>
      <figure class="chart">
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width="100%"
          role="img"
          aria-labelledby="chart-title chart-desc"
          data-testid="progress-chart"
        >
          <title id="chart-title">{d.chartTitle}</title>
          <desc id="chart-desc">{format(d.chartSummary, { first, last }, locale)}</desc>
          <line x1={PAD.left} y1={PAD.top + innerH} x2={WIDTH - PAD.right} y2={PAD.top + innerH} stroke="#555" />
          <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={PAD.top + innerH} stroke="#555" />
          <text x={PAD.left - 6} y={PAD.top + 4} text-anchor="end" font-size="12" fill="#222">
            {number.format(max)}
          </text>
          <text x={PAD.left - 6} y={PAD.top + innerH} text-anchor="end" font-size="12" fill="#222">
            0
          </text>
          <text x={PAD.left} y={HEIGHT - 8} font-size="12" fill="#222">
            {first}
          </text>
          <text x={WIDTH - PAD.right} y={HEIGHT - 8} text-anchor="end" font-size="12" fill="#222">
            {last}
          </text>
          <polyline points={line('equipped')} fill="none" stroke={EQUIPPED} stroke-width="3" />
          <polyline points={line('holdouts')} fill="none" stroke={HOLDOUTS} stroke-width="3" stroke-dasharray="8 4" />
          {points.length === 1 && (
            <>
              <circle cx={x(0)} cy={y(points[0]!.equipped)} r="4" fill={EQUIPPED} />
              <circle cx={x(0)} cy={y(points[0]!.holdouts)} r="4" fill={HOLDOUTS} />
            </>
          )}
        </svg>
        <figcaption>
          <span class="chart__key">
            <svg width="24" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="24" y2="5" stroke={EQUIPPED} stroke-width="3" />
            </svg>{' '}
            {d.equipped}
          </span>{' '}
          <span class="chart__key">
            <svg width="24" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="24" y2="5" stroke={HOLDOUTS} stroke-width="3" stroke-dasharray="8 4" />
            </svg>{' '}
            {d.holdouts}
          </span>
          {points.length <= 1 && <p class="aside">{d.chartEmpty}</p>}
        </figcaption>
      </figure>
      <table class="table" data-testid="progress-table">
        <caption>{d.chartTable}</caption>
        <thead>
          <tr>
            <th scope="col">{d.colDay}</th>
            <th scope="col">{d.equipped}</th>
            <th scope="col">{d.holdouts}</th>
          </tr>
        </thead>
        <tbody>
          {[...points].reverse().map((p) => (
            <tr key={p.day}>
              <th scope="row">{p.day}</th>
              <td>{number.format(p.equipped)}</td>
              <td>{number.format(p.holdouts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
