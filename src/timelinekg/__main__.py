from timelinekg.cli import main

main()
