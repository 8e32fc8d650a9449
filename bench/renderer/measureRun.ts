/**
 * One renderer on one scene, in a browser of its own (so a peer that hangs or exhausts memory
 * cannot slow the next): load, walk the camera path, then the idle check, the scene-graph object
 * count and the JS heap. A run that passes its time limits is recorded as far as it got, with the
 * reason, instead of holding up the bench.
 */
import { chromium, type Browser, type BrowserServer, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, skipStartScreen, TEST_VIEWPORT } from '../../tests/e2e/chromium';
import { nudgePose, type CameraPose, type PoseKind } from '../cameraPath';
import { beforeDeadline, DeadlineError, sleep } from './deadline';
import { installBenchHelpers, type BenchMarks, type FrameSample, type RendererName } from './pageHelpers';

export interface RunLimits {
  /** Navigation to ready (and, for the app, every model drawn). */
  loadMs: number;
  /** The whole camera walk. */
  walkMs: number;
  /**
   * Frames per pose while the walk fits its time limit at that rate; once the frames so far say
   * it would not, one frame per pose for the rest (software rasterizing makes some renderers take
   * seconds a frame).
   */
  framesPerPose: number;
  /** No input for this long: frames drawn meanwhile are idle frames. */
  idleMs: number;
}

export interface RunTarget {
  renderer: RendererName;
  exhibits: number;
  /** Page address relative to the server's base URL. */
  pagePath: string;
  poses: readonly CameraPose[];
}

export interface PoseResult {
  name: string;
  kind: PoseKind;
  /** Counters of the pose's last frame. */
  calls: number;
  triangles: number;
  /** One entry per frame drawn at the pose. */
  cpuMs: number[];
  cullMs: number[] | null;
}

export type RunStatus = 'ok' | 'load timed out' | 'walk timed out' | 'crashed' | 'failed';

export interface RunResult {
  renderer: RendererName;
  exhibits: number;
  status: RunStatus;
  /** What went wrong, in a sentence; null when nothing did. */
  problem: string | null;
  /** Navigation start → ready attribute: the app's first frame of the halls, a peer's first frame with all models. */
  ttffMs: number | null;
  /** Navigation start → a frame with every model drawn (the app; for peers the same as `ttffMs`). */
  modelsDrawnMs: number | null;
  /** Frames per pose asked for; `slowFromPose` says from which pose (1-based) one frame was drawn instead. */
  framesPerPose: number;
  slowFromPose: number | null;
  posesPlanned: number;
  poses: PoseResult[];
  idleFrames: number | null;
  objects: number | null;
  heapMB: number | null;
  /** CSS size of the page's WebGL canvas: the app's sits under its header, and the peers are given the same size. */
  canvasPx: { width: number; height: number } | null;
  wallS: number;
  chromium: string;
  /** First few page errors and console errors. */
  pageErrors: string[];
}

/** Short calls made after the walk (idle check, counts, heap) get this long each. */
const AFTER_WALK_CALL_MS = 15_000;
const MAX_PAGE_ERRORS = 5;
/** A polite close first; the browser's process is killed after it either way. */
const CLOSE_MS = 5_000;

/**
 * A browser of its own for one run, started as a server so that it can be killed: a browser still
 * rasterizing a peer's frames may not answer `close()`, and left running it would slow the next run.
 */
async function launch(): Promise<{ browser: Browser; server: BrowserServer }> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'], headless: true });
  return { browser: await chromium.connect(server.wsEndpoint()), server };
}

const readMarks = (page: Page): Promise<BenchMarks | undefined> => page.evaluate(() => window.__benchMarks);

export async function measureRun(baseUrl: string, target: RunTarget, limits: RunLimits): Promise<RunResult> {
  const started = performance.now();
  const result: RunResult = {
    renderer: target.renderer,
    exhibits: target.exhibits,
    status: 'ok',
    problem: null,
    ttffMs: null,
    modelsDrawnMs: null,
    framesPerPose: limits.framesPerPose,
    slowFromPose: null,
    posesPlanned: target.poses.length,
    poses: [],
    idleFrames: null,
    objects: null,
    heapMB: null,
    canvasPx: null,
    wallS: 0,
    chromium: '',
    pageErrors: [],
  };
  const { browser, server } = await launch();
  result.chromium = browser.version();
  let phase: 'load' | 'walk' | 'after' = 'load';
  try {
    const context = await browser.newContext({ viewport: TEST_VIEWPORT, deviceScaleFactor: 1, locale: 'en-US' });
    await skipStartScreen(context);
    // tsx (esbuild keepNames) wraps named functions in __name(…); the page has no such helper.
    await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
    await context.addInitScript(installBenchHelpers);
    const page = await context.newPage();
    const noteError = (text: string): void => {
      if (result.pageErrors.length < MAX_PAGE_ERRORS) result.pageErrors.push(text.slice(0, 300));
    };
    page.on('pageerror', (error) => noteError(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') noteError(message.text());
    });
    const crashed = new Promise<never>((_, reject) => page.on('crash', () => reject(new Error('the page crashed (renderer process gone, e.g. out of memory)'))));
    crashed.catch(() => undefined);
    const guard = <T>(work: Promise<T>, deadlineMs: number, what: string): Promise<T> => Promise.race([beforeDeadline(work, deadlineMs, what), crashed]);

    // 1. Load: ready attribute, then (the app) every model drawn.
    const loadDeadline = performance.now() + limits.loadMs;
    await guard(page.goto(new URL(target.pagePath, baseUrl).href, { waitUntil: 'commit', timeout: 0 }), loadDeadline, 'navigation');
    await guard(
      page.waitForFunction(
        () => {
          const data = document.documentElement.dataset;
          return data.expoReady === '1' || data.peerReady === '1' || data.peerError !== undefined;
        },
        undefined,
        { polling: 100, timeout: 0 },
      ),
      loadDeadline,
      'first frame',
    );
    const peerError = await page.evaluate(() => document.documentElement.dataset.peerError);
    if (peerError !== undefined) throw new Error(`the peer page failed: ${peerError}`);
    if (target.renderer === 'app') {
      await guard(page.waitForFunction(() => (window.__benchMarks?.settledMs ?? null) !== null, undefined, { polling: 100, timeout: 0 }), loadDeadline, 'all models drawn');
    }
    const marks = await readMarks(page);
    result.ttffMs = marks?.readyMs ?? null;
    result.modelsDrawnMs = target.renderer === 'app' ? (marks?.settledMs ?? null) : result.ttffMs;
    result.canvasPx = await page.evaluate(() => {
      const canvas = document.querySelector('canvas');
      return canvas ? { width: canvas.clientWidth, height: canvas.clientHeight } : null;
    });
    const hasDebug = await page.evaluate(() => Boolean(window.__expoDebug ?? window.__peerDebug));
    if (!hasDebug) throw new Error(target.renderer === 'app' ? 'the app has no window.__expoDebug' : 'the peer has no window.__peerDebug');

    // 2. The camera walk.
    phase = 'walk';
    const walkDeadline = performance.now() + limits.walkMs;
    let framesPerPose = limits.framesPerPose;
    /** Wall time of the latest frame: an average would carry the first frame's shader compiles and uploads. */
    let lastFrameMs = 0;
    let framesDrawn = 0;
    for (const [poseIndex, pose] of target.poses.entries()) {
      const samples: FrameSample[] = [];
      for (let frame = 0; frame < framesPerPose; frame += 1) {
        // Would the rest of the walk fit at this rate? If not, one frame per pose from here.
        const framesLeft = framesPerPose - frame + framesPerPose * (target.poses.length - poseIndex - 1);
        if (framesPerPose > 1 && framesDrawn >= 2 && lastFrameMs * framesLeft > walkDeadline - performance.now()) {
          framesPerPose = 1;
          result.slowFromPose = poseIndex + 1;
          if (frame > 0) break;
        }
        const { positionM, targetM } = nudgePose(pose, frame);
        const frameStarted = performance.now();
        const step = page.evaluate(([position, aim]) => {
          const benchStep = window.__benchStep;
          if (!benchStep) throw new Error('bench helpers missing');
          return benchStep(position, aim);
        }, [positionM, targetM] as const);
        samples.push(await guard(step, walkDeadline, `pose ${poseIndex + 1} (${pose.name})`));
        lastFrameMs = performance.now() - frameStarted;
        framesDrawn += 1;
      }
      const last = samples[samples.length - 1];
      result.poses.push({
        name: pose.name,
        kind: pose.kind,
        calls: last?.calls ?? 0,
        triangles: last?.triangles ?? 0,
        cpuMs: samples.map((sample) => sample.cpuMs),
        cullMs: target.renderer === 'app' ? samples.map((sample) => sample.cullMs ?? 0) : null,
      });
    }

    // 3. Idle, objects, heap.
    phase = 'after';
    const callDeadline = (): number => performance.now() + AFTER_WALK_CALL_MS;
    const framesBefore = await guard(page.evaluate(() => window.__benchFrames?.() ?? -1), callDeadline(), 'frame counter');
    await sleep(limits.idleMs);
    const framesAfter = await guard(page.evaluate(() => window.__benchFrames?.() ?? -1), callDeadline(), 'frame counter');
    result.idleFrames = framesAfter - framesBefore;
    result.objects = await guard(page.evaluate(() => (window.__expoDebug ?? window.__peerDebug)?.countObjects() ?? -1), callDeadline(), 'object count');
    const cdp = await context.newCDPSession(page);
    await guard(cdp.send('HeapProfiler.collectGarbage'), callDeadline(), 'garbage collection');
    const heap = await guard(cdp.send('Runtime.getHeapUsage'), callDeadline(), 'heap usage');
    result.heapMB = Math.round((heap.usedSize / 2 ** 20) * 10) / 10;
  } catch (reason) {
    const message = reason instanceof Error ? reason.message : String(reason);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    if (reason instanceof DeadlineError && phase === 'after') {
      result.status = 'failed';
      result.problem = `the page did not answer after the walk: ${message}`;
    } else if (reason instanceof DeadlineError) {
      result.status = phase === 'load' ? 'load timed out' : 'walk timed out';
      result.problem =
        phase === 'load'
          ? `timed out after ${limits.loadMs / 1000} s loading (${message})`
          : `timed out after ${limits.walkMs / 1000} s of walk at ${message}: ${result.poses.length} of ${result.posesPlanned} poses measured`;
    } else if (message.includes('crashed')) {
      result.status = 'crashed';
      result.problem = `${message} after ${seconds} s, during the ${phase}`;
    } else {
      result.status = 'failed';
      result.problem = `${message} (during the ${phase})`;
    }
  } finally {
    await beforeDeadline(browser.close(), performance.now() + CLOSE_MS, 'closing the browser').catch(() => undefined);
    await server.kill();
  }
  result.wallS = Math.round((performance.now() - started) / 100) / 10;
  return result;
}
