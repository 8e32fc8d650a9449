import { describe, expect, it } from 'vitest';
import type { Exhibit } from '../../src/scene';
import { indexModelUsers, modelNoticeText } from '../../src/ui/modelNotice';
import { uiStrings } from '../../src/ui/strings';

const exhibit = (id: string, model: string, en: string, zh: string, role: Exhibit['role'] = 'exhibit'): Exhibit =>
  ({ id, booth: 'booth-a', model, title: { en, zh }, role }) as Exhibit;

const EXHIBITS: Exhibit[] = [
  exhibit('e1', 'model-tokamak', 'HL-2M tokamak', 'HL-2M 托卡马克'),
  exhibit('e2', 'model-rover', 'Lunar rover', '月球车'),
  exhibit('e3', 'model-rover', 'Mars rover', '火星车'),
  exhibit('e4', 'model-drone', 'Drone 1', '无人机 1'),
  exhibit('e5', 'model-drone', 'Drone 2', '无人机 2'),
  exhibit('e6', 'model-drone', 'Drone 3', '无人机 3'),
  exhibit('f1', 'model-chair', 'Chair', '椅子', 'furniture'),
  exhibit('f2', 'model-chair', 'Chair', '椅子', 'furniture'),
  exhibit('f3', 'model-chair', 'Chair', '椅子', 'furniture'),
  exhibit('f4', 'model-stool', 'Stool', '凳子', 'furniture'),
  exhibit('f5', 'model-stool', 'Stool', '凳子', 'furniture'),
];

function notice(modelId: string, language: 'en' | 'zh'): string {
  return modelNoticeText(indexModelUsers(EXHIBITS).get(modelId), uiStrings(language), language);
}

describe('the notice of a model that could not be loaded', () => {
  it('names the exhibit by its title in the visitor\'s language and says a stand-in is shown', () => {
    expect(notice('model-tokamak', 'en')).toBe('“HL-2M tokamak”: the 3D model could not be loaded, so a stand-in is shown in its place.');
    expect(notice('model-tokamak', 'zh')).toBe('“HL-2M 托卡马克”：三维模型未能加载，现以替代模型显示在原处。');
  });

  it('names two exhibits sharing the model', () => {
    expect(notice('model-rover', 'en')).toBe('“Lunar rover” and “Mars rover”: the 3D model could not be loaded, so a stand-in is shown in its place.');
    expect(notice('model-rover', 'zh')).toBe('“月球车”和“火星车”：三维模型未能加载，现以替代模型显示在原处。');
  });

  it('counts the exhibits when many share the model, and calls furniture furniture', () => {
    expect(notice('model-drone', 'en')).toBe('3 exhibits: the 3D model could not be loaded, so a stand-in is shown in its place.');
    expect(notice('model-drone', 'zh')).toBe('3 件展品：三维模型未能加载，现以替代模型显示在原处。');
    expect(notice('model-chair', 'en')).toBe('3 pieces of stand furniture: the 3D model could not be loaded, so a stand-in is shown in its place.');
    expect(notice('model-chair', 'zh')).toBe('3 件展台陈设：三维模型未能加载，现以替代模型显示在原处。');
  });

  it('counts two exhibits of the same title instead of naming the title twice', () => {
    expect(notice('model-stool', 'en')).toBe('2 pieces of stand furniture: the 3D model could not be loaded, so a stand-in is shown in its place.');
  });
});
