-- An arriving item or meeting reads the deferrals of its committee before its date (DeferralReconciler).
CREATE INDEX deferral_committee ON deferral (committee, meeting_date);
