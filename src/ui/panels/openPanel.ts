/**
 * Opening one panel from a button in another: the new panel replaces the old (one panel at a time,
 * `selectionStore`) and takes the keyboard (`panelFocus.ts`). Nothing moves the visitor: the
 * booth or exhibitor is read about where the visitor stands; its buttons walk there.
 */
import { selectionStore } from '../../store/selectionStore';
import { requestPanelFocus } from './panelFocus';

export function openExhibitor(exhibitorId: string): void {
  requestPanelFocus(`exhibitor:${exhibitorId}`);
  selectionStore.getState().selectExhibitor(exhibitorId);
}

export function openBooth(boothId: string): void {
  requestPanelFocus(`booth:${boothId}`);
  selectionStore.getState().selectBooth(boothId);
}
