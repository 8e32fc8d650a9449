/** The frame renderer in R3F's own root in Node: frames counted only while the context is there. */
import { act } from '@react-three/fiber';
import { createElement } from 'react';
import { Group } from 'three';
import { describe, expect, it } from 'vitest';
import { FrameRenderer } from '../../src/app/FrameRenderer';
import { renderStats, type RenderStats } from '../../src/store/renderStats';
import { createViewContextStore } from '../../src/store/viewContextStore';
import { mountScene } from './r3fHarness';

describe('FrameRenderer', () => {
  it('counts no frame while the WebGL context is lost, and counts again once it is back', async () => {
    const stats: RenderStats = { ...renderStats, lodCounts: [0, 0, 0, 0, 0], frames: 0 };
    const contextStore = createViewContextStore();
    const mounted = await mountScene(createElement(FrameRenderer, { content: new Group(), stats, now: () => 0, contextStore }));
    await act(async () => mounted.state().advance(1));
    expect(stats.frames).toBe(1);
    contextStore.getState().setLost(true);
    await act(async () => mounted.state().advance(2));
    expect(stats.frames).toBe(1);
    contextStore.getState().setLost(false);
    await act(async () => mounted.state().advance(3));
    expect(stats.frames).toBe(2);
    // A view that goes away while lost leaves no notice behind.
    contextStore.getState().setLost(true);
    await mounted.unmount();
    expect(contextStore.getState().lost).toBe(false);
  });
});
