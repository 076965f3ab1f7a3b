// Command figcheck fact-checks the figures in trade-statistics news against
// each other and against source sheets. See README.md and ../shared/DESIGN.md.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// version is stamped by the Makefile with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newRootCmd().ExecuteContext(ctx)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "figcheck:", err)
	}
	os.Exit(exitCodeOf(err))
}
