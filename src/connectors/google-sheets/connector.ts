// Google Sheets (Prequel's `google_sheets`): the seed's only field is `host`, which here is the
// spreadsheet's URL. The gateway writes as its own service account (see outputs): share the
// spreadsheet with that account as an editor; no secret is exchanged.
import { z } from 'zod';
import { gcpOutputs, httpUrl } from '../common.js';
import { defineConnector, destination } from '../kit.js';

export const googleSheets = defineConnector({
  type: 'GOOGLE_SHEETS',
  name: 'googleSheets',
  label: 'Google Sheets',
  category: 'SPREADSHEET',
  description: 'A Google Sheets spreadsheet shared with the gateway, one tab per model.',
  outputs: gcpOutputs,
  config: z.object({
    // Where the gateway writes as its own service account; no stored secret is bound to it.
    host: destination(
      httpUrl(
        'URL of the spreadsheet, e.g. https://docs.google.com/spreadsheets/d/1AbC…/edit.',
        /^https:\/\/docs\.google\.com\/spreadsheets\/d\/[A-Za-z0-9_-]{10,}(\/\S*)?$/,
        'must be a spreadsheet URL: https://docs.google.com/spreadsheets/d/…',
      ),
    ),
  }),
});
