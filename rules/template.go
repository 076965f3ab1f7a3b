package rules

import (
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/vm"
	"go.yaml.in/yaml/v3"
)

// template is a message with ${expression} parts, compiled once into one
// program that returns the whole text.
type template struct {
	prog *vm.Program
}

// splitTemplate cuts s into literals and the sources of ${...} parts; it
// returns the byte offset of each part's source, or an error offset.
func splitTemplate(s string) (lits, srcs []string, offs []int, bad int, msg string) {
	var cur strings.Builder
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], "${") {
			start := i + 2
			depth, j := 1, start
			var quote byte
			for ; j < len(s) && depth > 0; j++ {
				c := s[j]
				switch {
				case quote != 0:
					if c == '\\' {
						j++
					} else if c == quote {
						quote = 0
					}
				case c == '"' || c == '\'' || c == '`':
					quote = c
				case c == '{':
					depth++
				case c == '}':
					depth--
				}
			}
			if depth > 0 {
				return nil, nil, nil, i, "unterminated ${ in template"
			}
			lits = append(lits, cur.String())
			cur.Reset()
			srcs = append(srcs, s[start:j-1])
			offs = append(offs, start)
			i = j
			continue
		}
		cur.WriteByte(s[i])
		i++
	}
	lits = append(lits, cur.String())
	return lits, srcs, offs, -1, ""
}

func compileTemplate(r *Rule, file, field, s string, n *yaml.Node, lines []string, ops []expr.Option) (*template, Problems) {
	var probs Problems
	pos := exprPos{line: r.Line, col: r.Col}
	if n != nil {
		pos = posOf(n, lines)
	}
	lits, srcs, offs, bad, msg := splitTemplate(s)
	if bad >= 0 {
		return nil, Problems{{File: file, Line: pos.line, Col: pos.col + bad, Msg: field + ": " + msg}}
	}
	prefix := r.prefix(true)
	// One program for the whole text; when it does not compile, compile the
	// parts one by one to place the errors.
	var whole strings.Builder
	whole.WriteString(prefix)
	for i, lit := range lits {
		if i > 0 {
			whole.WriteString(" + ")
		}
		whole.WriteString(strconv.Quote(lit))
		if i < len(srcs) {
			fmt.Fprintf(&whole, " + text(%s)", srcs[i])
		}
	}
	names := newNameCheck()
	prog, err := expr.Compile(whole.String(), append(slices.Clone(ops), expr.AsKind(reflect.String), expr.Patch(names))...)
	if err == nil {
		err = names.unknown(whole.String(), r.gen)
	}
	if err == nil {
		return &template{prog: prog}, nil
	}
	for i, src := range srcs {
		names := newNameCheck()
		_, err := expr.Compile(prefix+"("+src+")", append(slices.Clone(ops), expr.Patch(names))...)
		if err == nil {
			err = names.unknown(prefix+"("+src+")", r.gen)
		}
		if err != nil {
			// Place the error: the part starts at offs[i] within s.
			before := s[:offs[i]]
			line := strings.Count(before, "\n")
			col := len([]rune(before[strings.LastIndex(before, "\n")+1:]))
			p := exprPos{line: pos.line + line, col: pos.col + col}
			if line > 0 || pos.block {
				p.col = col + pos.col
				if line > 0 && !pos.block {
					p.col = col + 1
				}
			}
			pr := p.place(file, err, len([]rune(prefix))+1)
			pr.Msg = field + ": " + pr.Msg
			probs = append(probs, pr)
		}
	}
	if len(probs) == 0 {
		probs = append(probs, Problem{File: file, Line: pos.line, Col: pos.col, Msg: field + ": " + err.Error()})
	}
	return nil, probs
}

// render evaluates the template on env with the VM given.
func (t *template) render(m *vm.VM, env any) (string, error) {
	out, err := m.Run(t.prog, env)
	if err != nil {
		return "", err
	}
	str, _ := out.(string)
	return strings.TrimSpace(str), nil
}

// show renders a template part's value.
func show(x any) string {
	switch v := x.(type) {
	case nil:
		return ""
	case string:
		return v
	case *Val:
		if v == nil {
			return ""
		}
		return FormatAmount(v.shown(), v.Unit)
	case float64:
		if math.Abs(v) >= 1e6 {
			return FormatAmount(v, "")
		}
		return FormatNumber(v, 4)
	case int:
		return FormatNumber(float64(v), 0)
	case []string:
		return joinList(v)
	case []any:
		var ss []string
		for _, e := range v {
			ss = append(ss, show(e))
		}
		return joinList(ss)
	case []*Val:
		var ss []string
		for _, e := range v {
			ss = append(ss, show(e))
		}
		return joinList(ss)
	}
	return fmt.Sprint(x)
}

// joinList writes "a, b and c".
func joinList(ss []string) string {
	ss = slices.DeleteFunc(slices.Clone(ss), func(s string) bool { return s == "" })
	switch len(ss) {
	case 0:
		return ""
	case 1:
		return ss[0]
	}
	return strings.Join(ss[:len(ss)-1], ", ") + " and " + ss[len(ss)-1]
}
