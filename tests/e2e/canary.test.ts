/**
 * WebGL really works in this browser: clear to a known colour, draw a triangle, read the pixels
 * back. If this fails, every other browser test would be testing a blank canvas.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openWatchedPage } from './chromium';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('WebGL canary', () => {
  it('clears, draws a triangle and reads back the expected colours', async () => {
    const { page, context, pageErrors } = await openWatchedPage(browser);
    await page.setContent('<canvas id="c" width="64" height="64"></canvas>');
    const result = await page.evaluate(() => {
      const canvas = document.getElementById('c') as HTMLCanvasElement;
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
      if (!gl) return { error: 'no WebGL context' };
      const compile = (type: number, source: string): WebGLShader => {
        const shader = gl.createShader(type);
        if (!shader) throw new Error('createShader failed');
        gl.shaderSource(shader, source);
        gl.compileShader(shader);
        if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(gl.getShaderInfoLog(shader) ?? 'compile failed');
        return shader;
      };
      const program = gl.createProgram();
      if (!program) return { error: 'createProgram failed' };
      gl.attachShader(program, compile(gl.VERTEX_SHADER, 'attribute vec2 p; void main() { gl_Position = vec4(p, 0.0, 1.0); }'));
      gl.attachShader(program, compile(gl.FRAGMENT_SHADER, 'precision mediump float; void main() { gl_FragColor = vec4(1.0, 0.0, 0.0, 1.0); }'));
      gl.linkProgram(program);
      if (!gl.getProgramParameter(program, gl.LINK_STATUS)) return { error: gl.getProgramInfoLog(program) ?? 'link failed' };
      gl.useProgram(program);
      const buffer = gl.createBuffer();
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      // The lower-left half of the canvas.
      gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 1, -1, -1, 1]), gl.STATIC_DRAW);
      const location = gl.getAttribLocation(program, 'p');
      gl.enableVertexAttribArray(location);
      gl.vertexAttribPointer(location, 2, gl.FLOAT, false, 0, 0);
      gl.viewport(0, 0, 64, 64);
      gl.clearColor(0, 0, 1, 1);
      gl.clear(gl.COLOR_BUFFER_BIT);
      gl.drawArrays(gl.TRIANGLES, 0, 3);
      const read = (x: number, y: number): number[] => {
        const pixel = new Uint8Array(4);
        gl.readPixels(x, y, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
        return [...pixel];
      };
      const debug = gl.getExtension('WEBGL_debug_renderer_info');
      return {
        version: String(gl.getParameter(gl.VERSION)),
        renderer: String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER)),
        inside: read(8, 8),
        outside: read(56, 56),
        error: gl.getError() === gl.NO_ERROR ? undefined : 'GL error',
      };
    });
    console.info(`WebGL: ${'version' in result ? `${result.version} on ${result.renderer}` : 'none'}`);
    expect(result.error).toBeUndefined();
    expect(result).toMatchObject({ inside: [255, 0, 0, 255], outside: [0, 0, 255, 255] });
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
