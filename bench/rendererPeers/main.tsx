/**
 * The peer page of `npm run bench:render`: `?peer=<name>&scene=<url>[&width=<px>&height=<px>]`
 * (the size of the app's canvas, which shares the window with its header). Parses the scene with the
 * app's parser, loads every model file with the app's loader, then mounts the named peer in the
 * app's canvas. A failure is put in `html[data-peer-error]` for the driver to report.
 */
import '../../src/app/configureZod';
import { createRoot } from 'react-dom/client';
import { loadModelLevels } from './loadModelLevels';
import { loadPeerScene } from './loadPeerScene';
import { createPeerHooks, isPeerName } from './peerApi';
import { PeerApp } from './PeerApp';

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const peer = params.get('peer');
  const sceneUrl = params.get('scene');
  if (!isPeerName(peer)) throw new Error(`unknown peer ${String(peer)}`);
  if (!sceneUrl) throw new Error('no ?scene=');
  const { layout, instances } = await loadPeerScene(sceneUrl);
  const levels = await loadModelLevels(layout, instances);
  const container = document.getElementById('root');
  if (!container) throw new Error('no #root');
  const width = Number(params.get('width'));
  const height = Number(params.get('height'));
  if (width > 0 && height > 0) {
    container.style.width = `${width}px`;
    container.style.height = `${height}px`;
  }
  createRoot(container).render(<PeerApp peer={peer} layout={layout} instances={instances} levels={levels} hooks={createPeerHooks()} />);
}

start().catch((reason: unknown) => {
  const message = reason instanceof Error ? reason.message : String(reason);
  document.documentElement.dataset.peerError = message;
  console.error(message);
});
