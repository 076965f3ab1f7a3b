package main

import (
	"errors"
	"fmt"
)

// Exit codes: DESIGN §1. Their meaning never changes.
const (
	// ExitOK: nothing at or above --fail-on.
	ExitOK = 0
	// ExitFindings: findings at or above --fail-on.
	ExitFindings = 1
	// ExitUsage: a usage or configuration error, or an input that could not be read.
	ExitUsage = 2
)

// codeError carries the exit code a command wants alongside its error.
type codeError struct {
	code int
	err  error
}

func (e *codeError) Error() string { return e.err.Error() }
func (e *codeError) Unwrap() error { return e.err }

// withCode attaches an exit code to err (nil stays nil).
func withCode(code int, err error) error {
	if err == nil {
		return nil
	}
	return &codeError{code: code, err: err}
}

// usageErrorf is a usage or configuration error (exit 2).
func usageErrorf(format string, args ...any) error {
	return withCode(ExitUsage, fmt.Errorf(format, args...))
}

// exitCodeOf maps an error returned by a command to the process exit code.
// Errors without an attached code are usage/configuration errors.
func exitCodeOf(err error) int {
	if err == nil {
		return ExitOK
	}
	var ce *codeError
	if errors.As(err, &ce) {
		return ce.code
	}
	return ExitUsage
}
