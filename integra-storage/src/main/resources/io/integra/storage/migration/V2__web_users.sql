-- Accounts of the web workbench (integra user add): who may change data through the browser.
-- Passwords are stored only as slow salted hashes (PBKDF2, see integra-web's PasswordHasher).
-- IF NOT EXISTS: workspaces made before this migration may already hold the table, created by
-- the web module itself.
CREATE TABLE IF NOT EXISTS web_users (
  name VARCHAR(40) PRIMARY KEY,
  password_hash TEXT NOT NULL,
  created TEXT NOT NULL
);
