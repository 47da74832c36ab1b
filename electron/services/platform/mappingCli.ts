// `npm run mapping -- show|propose`: what the kiosk files each need under, from the data dir's
// config, directory, service-mapping.json and the platform catalogue the kiosk last read.
// show prints it; propose also writes service-mapping.proposed.json (the accepted file and guess
// lines) for staff to review and copy to service-mapping.json. Reads the cache only: no network.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommunityData } from '../../../contract/index.js';
import { openDatabase } from '../../../db/openDatabase.js';
import { proposedMappingFileName } from '../../config/configSchema.js';
import { loadConfig } from '../../config/loadConfig.js';
import { openCommunityDirectory } from '../community/communityDirectory.js';
import { loadDirectoryFile } from '../community/directoryFile.js';
import { createLogger } from '../logger.js';
import { computeMapping, proposedMappingFile } from './effectiveMapping.js';
import { loadServiceMapping } from './mappingFile.js';
import { mappingReport } from './mappingReport.js';
import { openServiceCatalog } from './serviceCatalog.js';

const usage = 'Usage: npm run mapping -- show|propose   (data dir: KIOSK_DATA_DIR or .kiosk-data/)';

export function runMappingCommand(
  command: string | undefined,
  dataDir: string,
  env: Record<string, string | undefined>,
  print: (line: string) => void,
  /** The demo community, in demo mode only (mappingMain.ts loads it from demo/). */
  demoCommunity?: CommunityData,
): number {
  if (command !== 'show' && command !== 'propose') {
    print(usage);
    return 2;
  }
  const config = loadConfig(dataDir, env);
  // Log lines (e.g. a hotline-only directory) go to stderr, the report to stdout.
  const logger = createLogger();
  const db = openDatabase(join(dataDir, 'kiosk.sqlite'));
  try {
    const directory = openCommunityDirectory(db, logger, () => new Date(), {
      demoCommunity: config.demoMode ? demoCommunity : undefined,
      provisioned: loadDirectoryFile(dataDir).data,
      communityName: config.communityName,
      hotline: config.centreHotline,
    });
    const file = loadServiceMapping(dataDir);
    const catalog = openServiceCatalog(db, logger);
    const mapping = computeMapping(directory.data(), file.mapping, catalog);
    print(`Mapping file: ${file.path}${file.present ? '' : ' (absent: everything is guessed)'}`);
    if (!catalog.state()?.fetchedAt) {
      print(
        'The platform’s services have not been read yet: start the kiosk with upstreamUrl set, ' +
          'then run this again.',
      );
    }
    for (const line of mappingReport(directory.data(), mapping, catalog)) print(line);
    if (command === 'propose') {
      const path = join(dataDir, proposedMappingFileName);
      writeFileSync(path, `${JSON.stringify(proposedMappingFile(mapping), null, 2)}\n`);
      print('');
      print(`Wrote ${path}: review it, then copy it to service-mapping.json.`);
    }
    return 0;
  } finally {
    db.close();
  }
}
