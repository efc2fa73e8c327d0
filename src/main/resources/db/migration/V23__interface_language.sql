-- Issue 22: the language of Verso's interface each person chose on their profile (en, ru, fa, tg); NULL: follow the
-- browser's Accept-Language, then English. Notifications and e-mails to the person are written in it too.
ALTER TABLE app_user ADD COLUMN language VARCHAR(8);
