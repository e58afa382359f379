/**
 * The scenarios collection as module files (astro:content: pages only). Checks, once per build,
 * that every author's expected verdict agrees with the engine: the build stops otherwise, naming the
 * file, the scenario and the choice.
 */
import { getCollection } from 'astro:content';
import { assertContentAgrees, type ModuleFile } from './agreement';
import { RESERVED_MODULE_IDS } from './audiences';

let checked: Promise<ModuleFile[]> | null = null;

async function load(): Promise<ModuleFile[]> {
  const entries = await getCollection('scenarios');
  const modules = entries.map((e) => ({ file: e.filePath ?? `content/scenarios/${e.id}.yaml`, id: e.id, data: e.data }));
  for (const m of modules) {
    if ((RESERVED_MODULE_IDS as readonly string[]).includes(m.id)) {
      throw new Error(`${m.file} : « ${m.id} » est un nom de page réservé; renommez le fichier.`);
    }
  }
  assertContentAgrees(modules);
  return modules.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Every module file, checked against the engine. */
export const getModuleFiles = (): Promise<ModuleFile[]> => (checked ??= load());
