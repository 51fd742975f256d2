package socialorg

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"sync"
	"sync/atomic"
)

// Version is the library's semantic version, bumped with every release (CHANGELOG.md). Every
// report records it (Report.Version).
//
// While the major version is 0, the library keeps CONTRACT.md's names, signatures and the meaning
// of their fields within a minor version, and announces in CHANGELOG.md, under the version that
// makes it, every verdict that changes (a rule re-read from its source, a new regime) and every
// other API change; a verdict change is never made silently in a patch release.
const Version = "v0.1.0"

// bookGen counts changes to the books of the program (a rule, a parameter, a jurisdiction's
// values declared): RulesDigest is recomputed when it moves.
var bookGen atomic.Uint64

// digestCache holds the last digest computed and the generation it is for: read with one
// atomic load on every report, recomputed under digestMu when a book has changed.
var (
	digestMu    sync.Mutex
	digestCache atomic.Pointer[digestAt]
)

type digestAt struct {
	gen    uint64
	digest string
}

// RulesDigest returns the SHA-256, in hex, of every rule and parameter the program's books hold
// (AllRules and AllParameters, with every regime, citation and jurisdiction's value, in JSON):
// two programs that judge with the same rules have the same digest. Every report records it
// (Report.RulesDigest), so that an auditor can tell which rules a verdict was made with.
func RulesDigest() string {
	g := bookGen.Load()
	if d := digestCache.Load(); d != nil && d.gen == g {
		return d.digest
	}
	digestMu.Lock()
	defer digestMu.Unlock()
	if d := digestCache.Load(); d != nil && d.gen == g {
		return d.digest
	}
	h := sha256.New()
	enc := json.NewEncoder(h)
	for _, r := range AllRules() {
		_ = enc.Encode(r) // rules and listings always encode: plain data
	}
	for _, p := range AllParameters() {
		_ = enc.Encode(p.Listing())
	}
	d := &digestAt{gen: g, digest: hex.EncodeToString(h.Sum(nil))}
	digestCache.Store(d)
	return d.digest
}
