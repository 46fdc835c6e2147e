-- When the council's appraisal was decided: the unit's response window runs from then, and the result can be made
-- final only after the unit responded or the window closed. Assessments appraised before this column existed have
-- no date: their window is taken as closed.
alter table reformindex.assessment add column appraised_at timestamptz;
