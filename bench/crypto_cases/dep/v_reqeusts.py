import reqeusts

r = reqeusts.get('https://example.com')
