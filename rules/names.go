package rules

import (
	"fmt"
	"strings"

	"github.com/expr-lang/expr/ast"
	exprfile "github.com/expr-lang/expr/file"
)

// nameCheck collects the identifiers of an expression before type checking.
// expr v1.17.8 accepts an unknown name when it is the argument of a typed
// function (what(g) compiles), so the loader checks names itself.
type nameCheck struct {
	idents  []*ast.IdentifierNode
	callees map[*ast.IdentifierNode]bool
	lets    map[string]bool
}

func newNameCheck() *nameCheck {
	return &nameCheck{callees: map[*ast.IdentifierNode]bool{}, lets: map[string]bool{}}
}

// Visit implements ast.Visitor.
func (c *nameCheck) Visit(n *ast.Node) {
	switch x := (*n).(type) {
	case *ast.IdentifierNode:
		c.idents = append(c.idents, x)
	case *ast.CallNode:
		if id, ok := x.Callee.(*ast.IdentifierNode); ok {
			c.callees[id] = true
		}
	case *ast.VariableDeclaratorNode:
		c.lets[x.Name] = true
	}
}

// unknown returns an error (with its position in src) for the first name
// that is neither a variable of the generator, a let, nor a function.
func (c *nameCheck) unknown(src string, g *generator) error {
	known := map[string]bool{}
	for _, v := range g.vars {
		known[v.Name] = true
	}
	for _, id := range c.idents {
		name := id.Value
		if c.callees[id] || known[name] || c.lets[name] || strings.HasPrefix(name, "$") || strings.HasPrefix(name, "#") {
			continue
		}
		loc := id.Location()
		line, col := 1, 0
		for i, r := range []rune(src) {
			if i >= loc.From {
				break
			}
			if r == '\n' {
				line, col = line+1, 0
			} else {
				col++
			}
		}
		return &exprfile.Error{Line: line, Column: col, Message: fmt.Sprintf("unknown name %s", name)}
	}
	return nil
}
