#!/usr/bin/env python3
# Records what the real kubectl v1.32.4 prints for the printer fixtures (needs realkubectl.sh,
# python and /usr/bin/kubectl; the tests only read the .golden.json files this writes).
# usage: python3 record.py  (from this folder)
import json, re, subprocess, sys

TOOL = '/work/shared/tools/real-kubectl/realkubectl.sh'

def record(world, cmds):
    out = subprocess.run([TOOL, world + '.json', *cmds], capture_output=True, text=True).stdout
    res = []
    pos = 0
    for c in cmds:
        head = '$ ' + c + '\n'
        assert out.startswith(head, pos), (c, out[pos:pos + 200])
        pos += len(head)
        m = re.compile(r'\n@@rc=(\d+)@@\n').search(out, pos)
        res.append({'cmd': c, 'out': out[pos:m.start()], 'rc': int(m.group(1))})
        pos = m.end()
    with open(world + '.golden.json', 'w') as f:
        json.dump(res, f, indent=1, ensure_ascii=False)
        f.write('\n')

worlds = json.load(open('commands.json'))
for path, text in worlds.pop('files').items():
    open(path, 'w').write(text)
for world, cmds in worlds.items():
    if len(sys.argv) < 2 or world in sys.argv[1:]:
        record(world, cmds)
