-- Schema 10: the team's feedback by the time it came in (the feedback view and charts
-- read a period of everyone's feedback, not one customer's).
CREATE INDEX FEEDBACK_RECEIVED ON FEEDBACK (RECEIVED_AT DESC)
