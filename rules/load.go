package rules

import (
	"context"
	"errors"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
	exprfile "github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/vm"
	"go.yaml.in/yaml/v3"

	"figcheck/figure"
	"figcheck/rules/builtin"
	"figcheck/rules/rates"
)

// Limits on what a rule may cost.
const (
	// MaxNodes bounds the size of one expression.
	MaxNodes = 2000
	// MemoryBudget bounds what one evaluation may allocate (expr's units).
	MemoryBudget = 100_000
	maxRuleFile  = 4 << 20
)

// Config says which rules to load.
type Config struct {
	// Files are extra rule files (YAML), loaded after the built-in pack; a
	// rule with the id of an earlier rule replaces it.
	Files []string
	// NoBuiltin drops the built-in pack.
	NoBuiltin bool
	// RatesFile is an exchange-rate sheet (.csv or .xlsx) overriding the built-in table.
	RatesFile string
	// Widening turns qualifiers into intervals for figures that come without one
	// (and for rule examples). The zero value means figure.DefaultWidening().
	Widening figure.Widening
}

// Problem is one error in a rule file, with its position.
type Problem struct {
	File      string
	Line, Col int
	Msg       string
}

// String renders the problem as file:line:col: message.
func (p Problem) String() string {
	return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Msg)
}

// Problems is the error Load returns: every problem found, one per line.
type Problems []Problem

// Error lists the problems, one per line.
func (ps Problems) Error() string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// Rule is one compiled rule.
type Rule struct {
	ID          string
	Title       string
	Severity    Severity
	Description string
	// Over names the candidate shape (generator): figure, pair, months, ...
	Over       string
	Select     string
	Expected   string
	Actual     string
	Tolerance  string
	Check      string
	Message    string
	Suggestion string
	// Fires is "failure" (default: a finding when the check is false) or
	// "always" (a finding for every selected candidate; ok holds the check).
	Fires      string
	Params     []Param
	Supersedes []string
	Examples   []Example
	File       string
	Line, Col  int

	gen      *generator
	prog     *vm.Program // 0 = not selected, 1 = pass, 2 = fail
	outs     *vm.Program // [expected, actual, tol, ok]
	msg      *template
	sugg     *template
	hasEqn   bool
	position map[string]Problem
}

// Param is a named number a rule's expressions use by name.
type Param struct {
	Name  string
	Value float64
}

// Pack is a compiled set of rules with the tables they use.
type Pack struct {
	rules    []*Rule
	files    []string
	rates    *rates.Table
	bounds   *BoundsTable
	widening figure.Widening
}

// Rules returns the pack's rules in evaluation order.
func (p *Pack) Rules() []*Rule { return p.rules }

// Files lists the rule files the pack was loaded from ("builtin:..." for the built-in pack).
func (p *Pack) Files() []string { return append([]string(nil), p.files...) }

// Rates returns the rate table in use.
func (p *Pack) Rates() *rates.Table { return p.rates }

// Rule returns the rule with the given id.
func (p *Pack) Rule(id string) (*Rule, bool) {
	for _, r := range p.rules {
		if r.ID == id {
			return r, true
		}
	}
	return nil, false
}

// Load reads and compiles every rule once. Errors are Problems
// (file:line:col: message); a bad rates file is an ordinary error.
func Load(ctx context.Context, cfg Config) (*Pack, error) {
	p := &Pack{bounds: &BoundsTable{}, widening: cfg.Widening}
	if p.widening == (figure.Widening{}) {
		p.widening = figure.DefaultWidening()
	}
	p.rates = rates.Builtin()
	if cfg.RatesFile != "" {
		t, err := rates.Load(cfg.RatesFile)
		if err != nil {
			return nil, err
		}
		p.rates = p.rates.Override(t)
	}
	var probs Problems
	if !cfg.NoBuiltin {
		for _, name := range builtin.Files() {
			b, err := builtin.Read(name)
			if err != nil {
				return nil, err
			}
			probs = append(probs, p.addFile("builtin:"+name, b)...)
		}
	}
	for _, f := range cfg.Files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		st, err := os.Stat(f)
		if err != nil {
			probs = append(probs, Problem{File: f, Line: 1, Col: 1, Msg: err.Error()})
			continue
		}
		if st.Size() > maxRuleFile {
			probs = append(probs, Problem{File: f, Line: 1, Col: 1, Msg: fmt.Sprintf("file of %d bytes is larger than the %d allowed", st.Size(), maxRuleFile)})
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			probs = append(probs, Problem{File: f, Line: 1, Col: 1, Msg: err.Error()})
			continue
		}
		probs = append(probs, p.addFile(f, b)...)
	}
	if len(probs) > 0 {
		return nil, probs
	}
	return p, nil
}

// Lint compiles rule files (after the built-in pack, so that they may
// supersede built-in rules) and returns every problem found in them.
func Lint(files ...string) Problems {
	_, err := Load(context.Background(), Config{Files: files})
	var ps Problems
	if errors.As(err, &ps) {
		return slices.DeleteFunc(ps, func(p Problem) bool { return strings.HasPrefix(p.File, "builtin:") })
	}
	if err != nil {
		return Problems{{File: strings.Join(files, ","), Line: 1, Col: 1, Msg: err.Error()}}
	}
	return nil
}

// LintBytes compiles one rule file's content (for tests and fuzzing).
func LintBytes(name string, b []byte) Problems {
	p := &Pack{bounds: &BoundsTable{}, rates: rates.Builtin(), widening: figure.DefaultWidening()}
	return p.addFile(name, b)
}

var idRe = regexp.MustCompile(`^[a-z][a-z0-9-]{0,63}$`)

// reserved names rule expressions cannot use as parameters.
var reserved = []string{"expected", "actual", "tol", "ok", "diff", "diff_pct", "slack"}

func (p *Pack) addFile(name string, b []byte) (probs Problems) {
	defer func() {
		if r := recover(); r != nil { // a defect in the loader must not crash a run
			probs = append(probs, Problem{File: name, Line: 1, Col: 1, Msg: fmt.Sprintf("internal error loading rules: %v", r)})
		}
	}()
	lines := strings.Split(string(b), "\n")
	at := func(n *yaml.Node, msg string, args ...any) Problem {
		l, c := 1, 1
		if n != nil {
			l, c = n.Line, n.Column
		}
		return Problem{File: name, Line: l, Col: c, Msg: fmt.Sprintf(msg, args...)}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return Problems{{File: name, Line: yamlErrLine(err), Col: 1, Msg: err.Error()}}
	}
	if len(doc.Content) == 0 {
		return Problems{at(nil, "empty rule file: want a mapping with a rules list")}
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return Problems{at(root, "want a mapping with a rules list")}
	}
	p.files = append(p.files, name)
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, val := root.Content[i], root.Content[i+1]
		switch k.Value {
		case "rules":
			if val.Kind != yaml.SequenceNode {
				probs = append(probs, at(val, "rules: want a list"))
				continue
			}
			for _, rn := range val.Content {
				r, ps := parseRule(name, rn, lines, at)
				probs = append(probs, ps...)
				if r == nil || len(ps) > 0 {
					continue
				}
				if j := slices.IndexFunc(p.rules, func(o *Rule) bool { return o.ID == r.ID }); j >= 0 {
					if p.rules[j].File == name {
						probs = append(probs, at(rn, "duplicate rule id %q (first at line %d)", r.ID, p.rules[j].Line))
						continue
					}
					p.rules[j] = r // a later file replaces the rule
					continue
				}
				p.rules = append(p.rules, r)
			}
		case "unit_values":
			if val.Kind != yaml.SequenceNode {
				probs = append(probs, at(val, "unit_values: want a list"))
				continue
			}
			for _, bn := range val.Content {
				var ub UnitValueBound
				if err := bn.Decode(&ub); err != nil {
					probs = append(probs, at(bn, "unit_values: %v", err))
					continue
				}
				if err := p.bounds.add(ub); err != nil {
					probs = append(probs, at(bn, "%v", err))
				}
			}
		default:
			probs = append(probs, at(k, "unknown top-level field %q (want rules, unit_values)", k.Value))
		}
	}
	// supersedes must name known rules
	for _, r := range p.rules {
		if r.File != name {
			continue
		}
		for _, s := range r.Supersedes {
			if !slices.ContainsFunc(p.rules, func(o *Rule) bool { return o.ID == s }) {
				probs = append(probs, Problem{File: name, Line: r.Line, Col: r.Col, Msg: fmt.Sprintf("rule %s supersedes unknown rule %q", r.ID, s)})
			}
		}
	}
	return probs
}

var yamlLineRe = regexp.MustCompile(`line (\d+)`)

func yamlErrLine(err error) int {
	if m := yamlLineRe.FindStringSubmatch(err.Error()); m != nil {
		var n int
		fmt.Sscanf(m[1], "%d", &n)
		if n > 0 {
			return n
		}
	}
	return 1
}

// exprPos is where an expression's text starts in the file.
type exprPos struct {
	line, col int
	block     bool // a block scalar: every line starts at col
}

func posOf(n *yaml.Node, lines []string) exprPos {
	switch {
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		l := n.Line + 1
		col := 1
		if l-1 < len(lines) {
			s := lines[l-1]
			col = len(s) - len(strings.TrimLeft(s, " ")) + 1
		}
		return exprPos{line: l, col: col, block: true}
	case n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0:
		return exprPos{line: n.Line, col: n.Column + 1}
	}
	return exprPos{line: n.Line, col: n.Column}
}

// place maps an expr error (1-based line, 0-based column within the text
// after skip characters of prefix on the first line) to the file.
func (ep exprPos) place(file string, err error, skip int) Problem {
	var fe *exprfile.Error
	if !errors.As(err, &fe) {
		return Problem{File: file, Line: ep.line, Col: ep.col, Msg: err.Error()}
	}
	line, col := fe.Line, fe.Column
	if line <= 1 {
		line, col = 1, col-skip
	}
	if col < 0 {
		col = 0
	}
	p := Problem{File: file, Msg: fe.Message}
	p.Line = ep.line + line - 1
	if line == 1 || ep.block {
		p.Col = ep.col + col
	} else {
		p.Col = col + 1
	}
	return p
}

// paramPatcher replaces identifiers naming parameters with their values.
type paramPatcher map[string]float64

// Visit implements ast.Visitor.
func (pp paramPatcher) Visit(n *ast.Node) {
	if id, ok := (*n).(*ast.IdentifierNode); ok {
		if v, ok := pp[id.Value]; ok {
			ast.Patch(n, &ast.FloatNode{Value: v})
		}
	}
}

func (r *Rule) options(params paramPatcher) []expr.Option {
	ops := []expr.Option{
		expr.Env(envShape(r.gen.env())),
		expr.MaxNodes(MaxNodes),
		expr.DisableBuiltin("now"),
		expr.DisableBuiltin("date"),
		expr.DisableBuiltin("duration"),
		expr.Patch(params),
	}
	return append(ops, funcOptions()...)
}

var valType = reflect.TypeOf(&Val{})

// envShape is the struct a generator's environment points to, for the
// compiler: given the struct itself (not a pointer to it), expr loads the
// top-level names (a, b, c, parts ...) by field index; given a pointer, it
// looks each one up by name through reflection at every run, which cost
// a fifth of the rule stage. Programs still run on the pointer.
func envShape(env any) any {
	v := reflect.ValueOf(env)
	if v.Kind() == reflect.Pointer && !v.IsNil() {
		return v.Elem().Interface()
	}
	return env
}

func parseRule(name string, n *yaml.Node, lines []string, at func(*yaml.Node, string, ...any) Problem) (*Rule, Problems) {
	var probs Problems
	if n.Kind != yaml.MappingNode {
		return nil, Problems{at(n, "rule: want a mapping")}
	}
	r := &Rule{File: name, Line: n.Line, Col: n.Column, Fires: "failure"}
	nodes := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if _, dup := nodes[k.Value]; dup {
			probs = append(probs, at(k, "field %q given twice", k.Value))
		}
		nodes[k.Value] = val
		str := func(dst *string) {
			if val.Kind != yaml.ScalarNode {
				probs = append(probs, at(val, "%s: want text", k.Value))
				return
			}
			*dst = val.Value
		}
		switch k.Value {
		case "id":
			str(&r.ID)
		case "title":
			str(&r.Title)
		case "severity":
			var s string
			str(&s)
			r.Severity = Severity(s)
		case "description":
			str(&r.Description)
		case "over":
			str(&r.Over)
		case "select":
			str(&r.Select)
		case "expected":
			str(&r.Expected)
		case "actual":
			str(&r.Actual)
		case "tolerance":
			str(&r.Tolerance)
		case "check":
			str(&r.Check)
		case "message":
			str(&r.Message)
		case "suggestion":
			str(&r.Suggestion)
		case "fires":
			str(&r.Fires)
		case "supersedes":
			if err := val.Decode(&r.Supersedes); err != nil {
				probs = append(probs, at(val, "supersedes: want a list of rule ids"))
			}
		case "params":
			if val.Kind != yaml.MappingNode {
				probs = append(probs, at(val, "params: want a mapping of names to numbers"))
				continue
			}
			for j := 0; j+1 < len(val.Content); j += 2 {
				pk, pv := val.Content[j], val.Content[j+1]
				var f float64
				if err := pv.Decode(&f); err != nil {
					probs = append(probs, at(pv, "param %s: want a number", pk.Value))
					continue
				}
				if !regexp.MustCompile(`^[a-z_][a-z0-9_]*$`).MatchString(pk.Value) || slices.Contains(reserved, pk.Value) {
					probs = append(probs, at(pk, "param name %q: want a lower-case identifier other than %s", pk.Value, strings.Join(reserved, ", ")))
					continue
				}
				r.Params = append(r.Params, Param{pk.Value, f})
			}
		case "examples":
			ex, ps := parseExamples(name, val, at)
			r.Examples = ex
			probs = append(probs, ps...)
		default:
			probs = append(probs, at(k, "unknown rule field %q", k.Value))
		}
	}
	if r.ID == "" {
		probs = append(probs, at(n, "rule without id"))
		return nil, probs
	}
	if !idRe.MatchString(r.ID) || r.ID == RuleErrorID {
		probs = append(probs, at(nodes["id"], "rule id %q: want lower-case letters, digits and dashes (and not %q)", r.ID, RuleErrorID))
	}
	switch r.Severity {
	case SevError, SevWarning, SevInfo:
	case "":
		probs = append(probs, at(n, "rule %s: missing severity (error, warning or info)", r.ID))
	default:
		probs = append(probs, at(nodes["severity"], "rule %s: bad severity %q (want error, warning or info)", r.ID, r.Severity))
	}
	if r.Fires != "failure" && r.Fires != "always" {
		probs = append(probs, at(nodes["fires"], "rule %s: fires %q: want failure or always", r.ID, r.Fires))
	}
	if r.Title == "" {
		probs = append(probs, at(n, "rule %s: missing title", r.ID))
	}
	if r.Message == "" {
		probs = append(probs, at(n, "rule %s: missing message", r.ID))
	}
	r.gen = generators[r.Over]
	if r.gen == nil {
		probs = append(probs, at(orNode(nodes["over"], n), "rule %s: over %q: want one of %s", r.ID, r.Over, strings.Join(Generators(), ", ")))
		return nil, probs
	}
	r.hasEqn = r.gen.equation != nil
	if r.Check == "" {
		if r.Fires != "always" {
			probs = append(probs, at(n, "rule %s: missing check", r.ID))
		}
		r.Check = "true"
	}
	for _, v := range r.gen.vars {
		if slices.ContainsFunc(r.Params, func(p Param) bool { return p.Name == v.Name }) {
			probs = append(probs, at(nodes["params"], "param %q hides the variable of the same name", v.Name))
		}
	}
	// Compile even when other fields had problems, so that lint reports them all.
	probs = append(probs, r.compile(name, nodes, lines)...)
	if len(probs) > 0 {
		return nil, probs
	}
	return r, nil
}

func orNode(a, b *yaml.Node) *yaml.Node {
	if a != nil {
		return a
	}
	return b
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// prefix returns the let-bindings that give expected, actual and tol to later expressions.
func (r *Rule) prefix(withOutputs bool) string {
	var b strings.Builder
	if r.Expected != "" {
		fmt.Fprintf(&b, "let expected = (%s); ", oneLine(r.Expected))
	}
	if r.Actual != "" {
		fmt.Fprintf(&b, "let actual = (%s); ", oneLine(r.Actual))
	}
	tol := r.Tolerance
	if tol == "" {
		tol = "0.0"
	}
	fmt.Fprintf(&b, "let tol = float(%s); ", oneLine(tol))
	if withOutputs {
		fmt.Fprintf(&b, "let ok = (%s); ", oneLine(r.Check))
		if r.Expected != "" && r.Actual != "" {
			b.WriteString("let diff = apart(actual, expected); let diff_pct = apart_pct(actual, expected); let slack = allowed(actual, expected, tol); ")
		}
	}
	return b.String()
}

func (r *Rule) compile(name string, nodes map[string]*yaml.Node, lines []string) Problems {
	var probs Problems
	params := paramPatcher{}
	for _, p := range r.Params {
		params[p.Name] = p.Value
	}
	ops := r.options(params)
	try := func(field, src, prefix string, extra ...expr.Option) *vm.Program {
		n := nodes[field]
		names := newNameCheck()
		prog, err := expr.Compile(prefix+src, append(append(slices.Clone(ops), extra...), expr.Patch(names))...)
		if err == nil {
			err = names.unknown(prefix+src, r.gen)
		}
		if err != nil {
			if n == nil {
				probs = append(probs, Problem{File: name, Line: r.Line, Col: r.Col, Msg: field + ": " + err.Error()})
			} else {
				pr := posOf(n, lines).place(name, err, len([]rune(prefix)))
				pr.Msg = field + ": " + pr.Msg
				probs = append(probs, pr)
			}
		}
		return prog
	}
	if r.Select != "" {
		try("select", r.Select, "", expr.AsBool())
	}
	if r.Expected != "" {
		if p := try("expected", r.Expected, ""); p != nil && p.Node().Type() != valType {
			probs = append(probs, r.typeProblem(name, nodes["expected"], lines, "expected", p))
		}
	}
	if r.Actual != "" {
		if p := try("actual", r.Actual, ""); p != nil && p.Node().Type() != valType {
			probs = append(probs, r.typeProblem(name, nodes["actual"], lines, "actual", p))
		}
	}
	if r.Tolerance != "" {
		try("tolerance", r.Tolerance, "", expr.AsFloat64())
	}
	if len(probs) > 0 {
		return probs
	}
	try("check", r.Check, r.prefix(false), expr.AsBool())
	if len(probs) > 0 {
		return probs
	}
	sel := r.Select
	if sel == "" {
		sel = "true"
	}
	combined := fmt.Sprintf("!(%s) ? 0 : (%s(%s) ? 1 : 2)", oneLine(sel), r.prefix(false), oneLine(r.Check))
	r.prog = try("check", combined, "", expr.AsInt())
	exp, act := "nil", "nil"
	if r.Expected != "" {
		exp = "expected"
	}
	if r.Actual != "" {
		act = "actual"
	}
	r.outs = try("check", fmt.Sprintf("%s[%s, %s, tol, ok]", r.prefix(true), exp, act), "")
	var err Problems
	r.msg, err = compileTemplate(r, name, "message", r.Message, nodes["message"], lines, ops)
	probs = append(probs, err...)
	if r.Suggestion != "" {
		r.sugg, err = compileTemplate(r, name, "suggestion", r.Suggestion, nodes["suggestion"], lines, ops)
		probs = append(probs, err...)
	}
	return probs
}

func (r *Rule) typeProblem(name string, n *yaml.Node, lines []string, field string, p *vm.Program) Problem {
	pos := posOf(n, lines)
	t := "unknown"
	if typ := p.Node().Type(); typ != nil {
		t = typ.String()
	}
	return Problem{File: name, Line: pos.line, Col: pos.col, Msg: fmt.Sprintf("%s: want a value (Val), got %s", field, strings.ReplaceAll(t, "*rules.Val", "Val"))}
}
