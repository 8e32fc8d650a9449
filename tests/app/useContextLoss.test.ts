import { describe, expect, it } from 'vitest';
import { watchContextLoss } from '../../src/app/useContextLoss';

function contextEvent(type: 'webglcontextlost' | 'webglcontextrestored'): Event {
  return new Event(type, { cancelable: true });
}

describe('watchContextLoss', () => {
  it('lets the browser restore a lost context and reports the loss, then the restore', () => {
    const canvas = new EventTarget();
    const heard: string[] = [];
    watchContextLoss(canvas, { onLost: () => heard.push('lost'), onRestored: () => heard.push('restored') });
    const loss = contextEvent('webglcontextlost');
    canvas.dispatchEvent(loss);
    expect(loss.defaultPrevented).toBe(true);
    canvas.dispatchEvent(contextEvent('webglcontextrestored'));
    expect(heard).toEqual(['lost', 'restored']);
  });

  it('hears nothing once stopped', () => {
    const canvas = new EventTarget();
    const heard: string[] = [];
    const stop = watchContextLoss(canvas, { onLost: () => heard.push('lost'), onRestored: () => heard.push('restored') });
    stop();
    const loss = contextEvent('webglcontextlost');
    canvas.dispatchEvent(loss);
    canvas.dispatchEvent(contextEvent('webglcontextrestored'));
    expect(heard).toEqual([]);
    expect(loss.defaultPrevented).toBe(false);
  });
});
