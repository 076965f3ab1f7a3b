package main

// Rule ids the end-to-end tests look for (the built-in pack's ids).
const (
	ruleCumulative = "cumulative-sum"
	ruleConflict   = "cross-source-conflict"
	ruleScale      = "scale-error"
)
