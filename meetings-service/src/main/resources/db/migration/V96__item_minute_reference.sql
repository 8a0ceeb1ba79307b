-- The minute's own reference where a council numbers its minutes apart from the agenda ("CAB 45/16").
ALTER TABLE item ADD COLUMN minute_reference varchar(40);
