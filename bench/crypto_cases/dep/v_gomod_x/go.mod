module example.com/svc

go 1.22

require golang.org/x/crypt0 v0.24.0
