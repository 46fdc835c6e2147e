-- Extensions and schemas every module needs. btree_gist lets a constraint forbid two units holding the same
-- official code on overlapping dates (codes are reused over time, never at the same time).
create extension if not exists btree_gist;
create schema if not exists platform;
create schema if not exists orgunit;
create schema if not exists staff;
