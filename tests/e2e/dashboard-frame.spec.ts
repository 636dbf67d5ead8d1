import { expect, test } from './fixtures';

/*
 * Issue 11 "Speed": the dashboard's charts are drawn within one frame after the data arrives. The page's own fetch
 * is watched (when getDashboard's answer is parsed), and when React puts the trend canvases in the page; every
 * animation frame checks whether all canvases hold pixels: they must at the first frame after the canvases exist —
 * no frame shows an empty chart. The time from the answer to the drawn page is logged. (Page code as text: the tests
 * compile without the DOM types.)
 */

test.use({ loginAs: 'clerk' });

const WATCH = `
  const watch = { dataAt: null, canvasAt: null, drawnAt: null, framesAfterData: 0, framesAfterCanvas: 0, charts: 0 };
  window.__frames = watch;
  const fetchPage = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await fetchPage(input, init);
    if (String(input instanceof Request ? input.url : input).includes('getDashboard')) {
      const json = response.json.bind(response);
      response.json = async () => {
        const body = await json();
        watch.dataAt = performance.now();
        return body;
      };
    }
    return response;
  };
  const painted = (canvas) => {
    if (canvas.width === 0 || canvas.height === 0) return false;
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
    return false;
  };
  const tick = () => {
    if (watch.dataAt !== null && watch.drawnAt === null) {
      watch.framesAfterData++;
      if (watch.canvasAt !== null) watch.framesAfterCanvas++;
      const canvases = [...document.querySelectorAll('.trend-chart canvas')];
      if (canvases.length > 0 && canvases.every(painted)) {
        watch.drawnAt = performance.now();
        watch.charts = canvases.length;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  // When React has put the canvases in the page (a microtask: after the task that rendered the page and its charts).
  new MutationObserver(() => {
    if (watch.canvasAt === null && document.querySelector('.trend-chart canvas')) watch.canvasAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
`;

interface FrameWatch {
  dataAt: number | null;
  canvasAt: number | null;
  drawnAt: number | null;
  framesAfterData: number;
  framesAfterCanvas: number;
  charts: number;
}

test('the trend charts are drawn before the first frame that shows their canvases', async ({ page }) => {
  await page.addInitScript({ content: WATCH });
  await page.goto('/#/dashboard');
  await expect(page.getByTestId('dashboard')).toBeVisible({ timeout: 30_000 });
  const frames = () => page.evaluate<FrameWatch>('window.__frames');
  await expect.poll(async () => (await frames()).drawnAt).not.toBeNull();
  const watch = await frames();
  const ms = (from: number, to: number) => (to - from).toFixed(1);
  console.log(
    `page with its charts ${ms(watch.dataAt!, watch.canvasAt!)} ms after the answer (React and Chart.js in one ` +
      `task); painted at frame ${watch.framesAfterCanvas} after it, frame ${watch.framesAfterData} after the answer`,
  );
  expect(watch.charts).toBe(12);
  expect(watch.framesAfterCanvas).toBe(1);
});
