-- Directory: an optional address to which copies of an officer's in-app notifications are mailed.
ALTER TABLE officer ADD COLUMN email VARCHAR(254);
