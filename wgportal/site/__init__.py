"""The site as a whole, above every app: home, robots.txt, the language switch, health, timing."""
