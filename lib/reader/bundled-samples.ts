/**
 * The sample documents shipped inside the extension (copied from `assets/samples/` to the
 * extension's `samples/` folder at build time, see wxt.config.ts), which the reader opens from
 * the bundled copy, offline. A unit test keeps this list equal to the folder.
 */
import { bundledDocuments, type BundledDocument } from './document-source';

export const BUNDLED_SAMPLE_FILES: readonly string[] = [
  // The main sample: A/RES/80/173 as the UN publishes it, with the documents it cites (UN file names).
  'A_RES_80_173.en.pdf',
  'A_RES_79_1.en.pdf',
  'A_RES_79_277.en.pdf',
  'A_RES_79_323.en.pdf',
  'A_RES_78_213.en.pdf',
  'A_80_L.41.en.pdf',
  // Russian texts laid out from the UN's text (the project's own names).
  'a-res-76-186.ru.pdf',
  'a-res-80-173.ru.pdf',
  'e-res-2022-14.ru.pdf',
];

/** The extension folder the samples are copied to. */
export const SAMPLES_FOLDER = 'samples/';

/** The bundled samples, with their URLs under `extensionRoot` (e.g. `chrome-extension://<id>/`). */
export function bundledSamples(extensionRoot: string): BundledDocument[] {
  const files: Record<string, string> = {};
  for (const name of BUNDLED_SAMPLE_FILES) files[name] = new URL(SAMPLES_FOLDER + name, extensionRoot).href;
  return bundledDocuments(files);
}
