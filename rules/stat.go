package rules

// Stat tells what one rule did in a run, so that no rule passes silently.
type Stat struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Severity    Severity `json:"severity"`
	Description string   `json:"description"`
	// Expression is the rule's check (and selector) as written, for the Rules sheet.
	Expression string `json:"expression"`
	File       string `json:"file"`
	// Ran counts candidate figures or groups the check was evaluated on; Fired
	// counts findings; Errors counts runtime errors (reported as rule-error findings).
	Ran    int `json:"ran"`
	Fired  int `json:"fired"`
	Errors int `json:"errors"`
	// Skipped says why the rule did not run at all ("no candidate figures"), if so.
	Skipped string `json:"skipped,omitempty"`
}
