// GET /x/directory.json (extension): the community directory the kiosk shows, served with an
// ETag. The wire knows only its outline (a centre and four lists); the content is the kiosk's
// own schema and is checked by the kiosk before it replaces the copy it holds. A reply without
// the outline (an error page served as JSON, another API's answer) is not a directory at all.
import { z } from 'zod';

export const DirectoryOutline = z.looseObject({
  centre: z.looseObject({}),
  categories: z.array(z.unknown()),
  needs: z.array(z.unknown()),
  grids: z.array(z.unknown()),
  resources: z.array(z.unknown()),
});
