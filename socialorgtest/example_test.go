package socialorgtest_test

import (
	"fmt"
	"testing"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
)

// The synthetic city is the same for the same seed: a test, a benchmark or a demonstration can
// rely on its counts.
func ExampleGuangzhou() {
	a, b := socialorgtest.Guangzhou(7), socialorgtest.Guangzhou(7)
	fmt.Println("districts:", len(a.Model.Districts))
	fmt.Println("same registered organizations:", len(a.Registered) == len(b.Registered) && a.Registered[0].Code == b.Registered[0].Code)
	fmt.Println("one Party unit per registered organization:", len(a.Party) == len(a.Registered))
	// Output:
	// districts: 11
	// same registered organizations: true
	// one Party unit per registered organization: true
}

// report stands in for *testing.T in this example: it prints what a test would report.
type report struct{ testing.TB }

func (report) Helper()                        {}
func (report) Errorf(format string, a ...any) { fmt.Printf("test fails: "+format+"\n", a...) }

// AssertFindings compares only the rules named, and only the figures given: here the fixture
// social group passes the membership rule, and a group of 49 individual members and no unit members fails it.
func ExampleAssertFindings() {
	var t testing.TB = report{} // in a test: t *testing.T
	asOf := socialorg.MustDate("2026-11-27")

	org := socialorgtest.SocialGroup()
	res, err := registry.CheckRegistration(org, asOf)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(socialorgtest.AssertFindings(t, res.Report,
		socialorgtest.Want{Rule: registry.RuleSocialGroupMembers, Outcome: socialorg.Pass}))

	org.IndividualMembers = 49
	res, err = registry.CheckRegistration(org, asOf)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(socialorgtest.AssertFindings(t, res.Report,
		socialorgtest.Want{Rule: registry.RuleSocialGroupMembers, Outcome: socialorg.Fail, Got: "49 / 0"}))
	// Output:
	// true
	// true
}
