/**
 * SCORM 1.2 content package manifest (imsmanifest.xml): one organisation, one SCO that runs a whole
 * training path, and the list of every file in the package.
 */

export interface ManifestInput {
  /** Package identifier, unique per path, e.g. `v3r-ce-2019-0040-employes`. */
  identifier: string;
  /** Title shown by the learning platform. */
  title: string;
  /** Pass mark in percent (adlcp:masteryscore), from content. */
  masteryScore: number;
  /** The SCO's launch page, relative to the package root. */
  launch: string;
  /** Every file of the package, relative paths with `/`. */
  files: string[];
}

const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** An XML ID (xs:ID): letters, digits, `-`, `_`, `.`, starting with a letter. */
export const xmlId = (s: string): string => {
  const id = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]+/g, '-');
  return /^[A-Za-z_]/.test(id) ? id : `id-${id}`;
};

export function scormManifest(input: ManifestInput): string {
  const id = xmlId(input.identifier);
  const files = [...new Set(input.files)].sort().map((f) => `      <file href="${xmlEscape(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${xmlEscape(input.title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${xmlEscape(input.title)}</title>
        <adlcp:masteryscore>${Math.round(input.masteryScore)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${xmlEscape(input.launch)}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
