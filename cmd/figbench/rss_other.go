//go:build !unix

package main

import "os"

// peakRSS is unknown on systems without getrusage.
func peakRSS(*os.ProcessState) (int64, bool) { return 0, false }
