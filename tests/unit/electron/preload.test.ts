import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { kioskCallNames } from '../../../contract/index.js';
import { demoCallNames } from '../../../demo/contract/demoCalls.js';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (channel: string, input: unknown) => ({
  ok: true,
  value: { channel, input },
}));
const fakeElectron = {
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) },
  ipcRenderer: { invoke },
};

/** Compiles the preload as the build does (CommonJS) and runs it in a sandbox-like scope whose
 *  require knows only "electron", as Electron's sandboxed preload does. */
function runPreload(): void {
  const source = readFileSync('electron/shell/preload.cts', 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const sandboxRequire = (name: string) => {
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return fakeElectron;
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', outputText)(sandboxRequire, module, module.exports);
}

describe('the preload bridge', () => {
  beforeEach(() => {
    exposed.clear();
    runPreload();
  });

  it('exposes exactly one named function per contract and demo call under kioskBridge', () => {
    expect([...exposed.keys()]).toEqual(['kioskBridge']);
    const bridge = exposed.get('kioskBridge') as Record<string, unknown>;
    const names = [...kioskCallNames, ...demoCallNames];
    expect(Object.keys(bridge).sort()).toEqual(names.sort());
    for (const name of names) expect(typeof bridge[name]).toBe('function');
  });

  it('sends each call on its own prefixed channel and hands back main’s reply', async () => {
    const bridge = exposed.get('kioskBridge') as Record<
      string,
      (input: unknown) => Promise<unknown>
    >;
    await expect(bridge.updateSettings?.({ language: 'en' })).resolves.toEqual({
      ok: true,
      value: { channel: 'kiosk:updateSettings', input: { language: 'en' } },
    });
    expect(invoke).toHaveBeenCalledWith('kiosk:updateSettings', { language: 'en' });
  });
});
