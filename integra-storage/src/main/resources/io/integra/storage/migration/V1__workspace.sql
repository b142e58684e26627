-- The workspace schema. Portable SQL that runs unchanged on SQLite and PostgreSQL: no
-- auto-increment columns (ids and revisions come from ws_counter, whose row lock also serialises
-- writers on PostgreSQL), dates as ISO text (sorts as dates), instants as epoch milliseconds.

CREATE TABLE ws_meta (
  meta_key VARCHAR(100) NOT NULL PRIMARY KEY,
  meta_value TEXT NOT NULL
);

CREATE TABLE ws_counter (
  counter_name VARCHAR(50) NOT NULL PRIMARY KEY,
  counter_value BIGINT NOT NULL
);
INSERT INTO ws_counter (counter_name, counter_value) VALUES ('revision', 0);
INSERT INTO ws_counter (counter_name, counter_value) VALUES ('coding', 0);
INSERT INTO ws_counter (counter_name, counter_value) VALUES ('clock', 0);

-- The codebook as YAML text, stored verbatim (one per workspace).
CREATE TABLE ws_codebook (
  slot INTEGER NOT NULL PRIMARY KEY CHECK (slot = 1),
  codebook_id VARCHAR(200) NOT NULL,
  codebook_version VARCHAR(100) NOT NULL,
  yaml TEXT NOT NULL
);

CREATE TABLE ws_source (
  source_key VARCHAR(200) NOT NULL PRIMARY KEY,
  source_type VARCHAR(100),
  author TEXT,
  title TEXT,
  source_year VARCHAR(100),
  publisher TEXT,
  url TEXT,
  note TEXT
);

-- A case's facts (members, institutions, milestones, policies) as canonical case YAML without codings.
CREATE TABLE ws_case (
  case_id VARCHAR(200) NOT NULL PRIMARY KEY,
  facts TEXT NOT NULL,
  version BIGINT NOT NULL,
  changed_at BIGINT NOT NULL,
  changed_by VARCHAR(200) NOT NULL
);

-- One coder's reading of a case through a lens for a period; version for optimistic locking.
CREATE TABLE ws_coding (
  coding_id BIGINT NOT NULL PRIMARY KEY,
  case_id VARCHAR(200) NOT NULL REFERENCES ws_case (case_id),
  lens VARCHAR(200) NOT NULL,
  coder VARCHAR(200) NOT NULL,
  period_from VARCHAR(10) NOT NULL,
  period_to VARCHAR(10),
  scale VARCHAR(200) NOT NULL,
  note TEXT,
  version BIGINT NOT NULL,
  changed_at BIGINT NOT NULL,
  changed_by VARCHAR(200) NOT NULL,
  CONSTRAINT ws_coding_key UNIQUE (case_id, lens, coder, period_from)
);
CREATE INDEX ws_coding_lens ON ws_coding (lens, case_id);

-- Scores, one row per criterion of a coding (what agreement statistics read).
CREATE TABLE ws_criterion_coding (
  coding_id BIGINT NOT NULL REFERENCES ws_coding (coding_id),
  criterion VARCHAR(200) NOT NULL,
  position INTEGER NOT NULL,
  score DOUBLE PRECISION NOT NULL,
  rationale TEXT,
  evidence TEXT NOT NULL,
  PRIMARY KEY (coding_id, criterion)
);

-- Every change: who, when, what (before and after), why.
CREATE TABLE ws_history (
  revision BIGINT NOT NULL PRIMARY KEY,
  at_ms BIGINT NOT NULL,
  actor VARCHAR(200) NOT NULL,
  action VARCHAR(30) NOT NULL,
  entity VARCHAR(30) NOT NULL,
  case_id VARCHAR(200),
  entity_key VARCHAR(1000) NOT NULL,
  before_value TEXT,
  after_value TEXT,
  note TEXT NOT NULL
);
CREATE INDEX ws_history_case ON ws_history (case_id, revision);
CREATE INDEX ws_history_entity ON ws_history (entity, entity_key, revision);
