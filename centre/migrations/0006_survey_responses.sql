-- The surveys extension: one row per anonymous answer sheet a kiosk sent. Nothing here names a
-- resident, a visit or a kiosk: the sheet's id is a random UUID the kiosk drew for it (so a lost
-- reply can be looked up), and the only times are days (answered_on, received_on), never an
-- hour, so sheets cannot be joined to requests made at the same moment.
CREATE TABLE survey_responses (
  response_id TEXT PRIMARY KEY CHECK (length(response_id) = 36),
  survey_id TEXT NOT NULL,
  answered_on TEXT NOT NULL CHECK (answered_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  received_on TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  answers_json TEXT NOT NULL CHECK (json_valid(answers_json))
) STRICT;
CREATE INDEX survey_responses_by_survey ON survey_responses (survey_id);
