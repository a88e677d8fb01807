module example.com/svc

go 1.22

require github.com/sirupsen/logurs v1.9.3
