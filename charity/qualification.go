package charity

import "github.com/socialorg/socialorg"

func qualificationParameters() []socialorg.Parameter { return nil }
