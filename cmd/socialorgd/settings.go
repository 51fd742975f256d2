package main

import (
	"encoding/json"
	"reflect"
	"strings"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/venture/linkage"
)

// setting is a setting of the library (a key socialorg.Set sets, given as data in
// options.set[id]) whose value the service knows the Go type of: the document describes its value,
// and a value the library refuses ("a value of type linkage.DistanceCost") is decoded again to
// name the problem within it ("options.set.linkage.cross-subdistrict-cost.per_unit_yuan").
type setting struct {
	id  string
	typ reflect.Type
}

// settingOf is the setting of a key, typed by it.
func settingOf[T any](k socialorg.Key[T]) setting {
	return setting{id: k.ID(), typ: reflect.TypeFor[T]()}
}

// knownSettings are the settings whose keys the library exports. (The library keeps the others'
// keys to itself and gives options for them; they are set as data all the same, described as any
// value.)
var knownSettings = []setting{
	settingOf(linkage.DistanceKey),
}

// settingProblems names the problems of the values of known settings that the library refused as a
// whole: each such problem is replaced by what decoding the value says within it.
func (c *fieldCache) settingProblems(err error, set map[string]json.RawMessage) error {
	list := asErrors(err)
	var p socialorg.Problems
	for _, e := range list {
		ie, ok := e.(*socialorg.InputError)
		if !ok || !strings.HasPrefix(ie.Rule, "a value of type ") {
			p.AddError(e)
			continue
		}
		replaced := false
		for _, st := range knownSettings {
			if at := "options.set." + st.id; ie.Field == at {
				before := p.Len()
				c.locate(&p, set[st.id], st.typ, at, 0)
				replaced = p.Len() > before
			}
		}
		if !replaced {
			p.AddError(e)
		}
	}
	return p.Err()
}
