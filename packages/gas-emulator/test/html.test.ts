/**
 * HtmlService emulation.
 * https://developers.google.com/apps-script/reference/html/html-service
 * https://developers.google.com/apps-script/reference/html/html-output
 * https://developers.google.com/apps-script/guides/html/templates
 */
import { Workspace } from '../src/workspace';
import { createHtmlService } from '../src/services/html';

const DESK = 'desk@city.example.lg.jp';

function setup() {
  const ws = new Workspace({ now: '2026-04-01T09:00:00+09:00' });
  const HtmlService = createHtmlService(ws);
  const run = <T>(body: () => T): T =>
    ws.run({ functionName: 'test', source: 'manual', activeUser: DESK }, body);
  return { ws, HtmlService, run };
}

// templates guide, printing scriptlets: output is escaped against XSS
test('<?= ?> HTML-escapes a script injection in page text', () => {
  const { HtmlService, run } = setup();
  run(() => {
    const t = HtmlService.createTemplate('<p><?= name ?></p>');
    t.name = '<script>alert("x")</script>';
    expect(t.evaluate().getContent()).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>',
    );
  });
});

// templates guide: contextual escaping inside an HTML attribute
test('<?= ?> escapes quotes inside an attribute value', () => {
  const { HtmlService, run } = setup();
  run(() => {
    const t = HtmlService.createTemplate('<input value="<?= v ?>">');
    t.v = '" onfocus="alert(1)';
    expect(t.evaluate().getContent()).toBe('<input value="&quot; onfocus=&quot;alert(1)">');
  });
});

// templates guide: inside <script> a printed value is a safe JavaScript literal
test('<?= ?> inside <script> prints a JavaScript literal that cannot close the tag', () => {
  const { HtmlService, run } = setup();
  run(() => {
    const t = HtmlService.createTemplate('<script>var s = <?= s ?>; var n = <?= n ?>;</script>');
    t.s = '</script><script>alert(1)</script>';
    t.n = 42;
    const html = t.evaluate().getContent();
    expect(html).not.toContain('</script><script>');
    expect(html).toContain('var n = 42;');
    const literal = /var s = (.*?); var n/.exec(html)?.[1] ?? '';
    expect(JSON.parse(literal)).toBe('</script><script>alert(1)</script>');
  });
});

/**
 * Runs the JavaScript of the page's single <script> block and returns what `expose` names.
 * The block must end where the template put `</script>`: a value that broke out of it would
 * leave a different script (or none) here.
 */
function runScriptBlock(html: string, expose: string[]): Record<string, unknown> {
  const blocks = html.match(/<script>([\s\S]*?)<\/script>/g) ?? [];
  expect(blocks).toHaveLength(1);
  const body = (blocks[0] ?? '').slice('<script>'.length, -'</script>'.length);
  return new Function(`${body}\nreturn { ${expose.join(', ')} };`)() as Record<string, unknown>;
}

/** Strings that would break a naive escaper: quotes, backslashes, tags, comments, `${`. */
const HOSTILE = `a"b'c\\d\`e \${x} </script><!-- <b>&amp; \u2028 改行\n`;

// templates guide, printing scriptlets: "Contextual escaping means that Apps Script keeps track
// of the output's context on the page — inside an HTML attribute, inside a client-side script
// tag, or anywhere else — and automatically adds escape characters to protect against
// cross-site scripting (XSS) attacks." Escape characters are added, the value is not changed:
// a string printed in a script arrives as the same string (not \u0022…\u0022).
test('<?= ?> inside <script> gives a string intact, however hostile', () => {
  const { HtmlService, run } = setup();
  run(() => {
    const t = HtmlService.createTemplate('<p>x</p><script>var s = <?= s ?>;</script>');
    t.s = HOSTILE;
    const html = t.evaluate().getContent();
    expect(html).not.toContain('<!--');
    expect(runScriptBlock(html, ['s']).s).toBe(HOSTILE);
  });
});

// templates guide, printing scriptlets (same sentence): in the script context an object or an
// array is printed as a JavaScript value that arrives intact, not as a syntax error.
test('<?= ?> inside <script> gives objects, arrays, numbers and booleans intact', () => {
  const { HtmlService, run } = setup();
  run(() => {
    const t = HtmlService.createTemplate(
      '<script>var o = <?= o ?>; var a = <?= a ?>; var n = <?= n ?>; var b = <?= b ?>; var z = <?= z ?>;</script>',
    );
    t.o = { name: HOSTILE, nested: { list: [1, '</script>'] }, ok: true };
    t.a = ['x', "y'z", 3];
    t.n = -1.5;
    t.b = false;
    t.z = null;
    const got = runScriptBlock(t.evaluate().getContent(), ['o', 'a', 'n', 'b', 'z']);
    expect(got).toEqual({ o: t.o, a: t.a, n: -1.5, b: false, z: null });
  });
});

// templates guide, printing scriptlets (same sentence): the common pattern
// `JSON.parse(<?= JSON.stringify(data) ?>)` relies on the printed string arriving intact.
test('JSON.parse(<?= JSON.stringify(data) ?>) round-trips the data', () => {
  const { HtmlService, run } = setup();
  run(() => {
    const t = HtmlService.createTemplate(
      '<script>var data = JSON.parse(<?= JSON.stringify(data) ?>);</script>',
    );
    t.data = { rows: [['団体名', HOSTILE]], count: 2 };
    expect(runScriptBlock(t.evaluate().getContent(), ['data']).data).toEqual(t.data);
  });
});

// templates guide, printing scriptlets (same sentence): inside a string literal of the script
// (single, double or back quotes) the value is escaped for that string and arrives intact.
test.each([`'`, `"`, '`'])(
  '<?= ?> inside a %s-quoted JS string gives the value intact',
  (quote) => {
    const { HtmlService, run } = setup();
    run(() => {
      const t = HtmlService.createTemplate(
        `<script>var s = ${quote}pre <?= s ?> post${quote};</script>`,
      );
      t.s = HOSTILE;
      const got = runScriptBlock(t.evaluate().getContent(), ['s']);
      expect(got.s).toBe(`pre ${HOSTILE} post`);
    });
  },
);

// templates guide, force-printing scriptlets: <?!= ?> prints without escaping
test('<?!= ?> prints raw HTML', () => {
  const { HtmlService, run } = setup();
  run(() => {
    const t = HtmlService.createTemplate('<div><?!= html ?></div>');
    t.html = '<b>太字</b>';
    expect(t.evaluate().getContent()).toBe('<div><b>太字</b></div>');
  });
});

// templates guide, standard scriptlets and "pushing variables to templates"
test('template variables and <? ?> code drive the output', () => {
  const { HtmlService, run } = setup();
  run(() => {
    const t = HtmlService.createTemplate(
      '<ul><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?></ul>',
    );
    t.items = ['a', 'b'];
    expect(t.evaluate().getContent()).toBe('<ul><li>a</li><li>b</li></ul>');
  });
});

// templates guide: scriptlets can call functions defined in the script's code files
test('scriptlets call script functions through the script scope', () => {
  const { HtmlService, run, ws } = setup();
  ws.html.files.set('Style', '<style>b{}</style>');
  ws.html.scriptScope = {
    include: (name: string) => HtmlService.createHtmlOutputFromFile(name).getContent(),
  };
  run(() => {
    const t = HtmlService.createTemplate("<head><?!= include('Style'); ?></head>");
    expect(t.evaluate().getContent()).toBe('<head><style>b{}</style></head>');
  });
});

// html-service#createTemplateFromFile: unknown file name
test('createTemplateFromFile with an unknown file throws No HTML file named', () => {
  const { HtmlService, run } = setup();
  run(() =>
    expect(() => HtmlService.createTemplateFromFile('Missing')).toThrow(
      'No HTML file named Missing was found.',
    ),
  );
});

// html-service#createHtmlOutputFromFile: the file content, scriptlets not run
test('createHtmlOutputFromFile returns the file as-is', () => {
  const { HtmlService, run, ws } = setup();
  ws.html.files.set('Sidebar', '<p><?= x ?></p>');
  run(() =>
    expect(HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<p><?= x ?></p>'),
  );
});

// html-output#append / appendUntrusted / clear / setTitle / setWidth / setHeight
test('HtmlOutput append, appendUntrusted, title and size', () => {
  const { HtmlService, run } = setup();
  run(() => {
    const out = HtmlService.createHtmlOutput('<p>')
      .append('<i>ok</i>')
      .appendUntrusted('<img src=x onerror=alert(1)>')
      .setTitle('提案')
      .setWidth(400)
      .setHeight(300);
    expect(out.getContent()).toBe('<p><i>ok</i>&lt;img src=x onerror=alert(1)&gt;');
    expect(out.getTitle()).toBe('提案');
    expect([out.getWidth(), out.getHeight()]).toEqual([400, 300]);
    expect(out.clear().getContent()).toBe('');
  });
});

// html-output#addMetaTag: only a few meta tags are allowed
test('addMetaTag accepts viewport and refuses other names', () => {
  const { HtmlService, run } = setup();
  run(() => {
    const out = HtmlService.createHtmlOutput('');
    out.addMetaTag('viewport', 'width=device-width');
    expect(out.getMetaTags()[0].getName()).toBe('viewport');
    expect(() => out.addMetaTag('refresh', '0')).toThrow();
  });
});

// html-template#getCode: the generated JavaScript of the template
test('getCode shows the template as output._ / output._$ statements', () => {
  const { HtmlService, run } = setup();
  run(() => {
    const code = HtmlService.createTemplate('<b><?= x ?></b>').getCode();
    expect(code).toContain('output._ = "<b>";');
    expect(code).toContain('output._$ = x;');
  });
});

// HtmlService calls are charged as local calls
test('HtmlService calls are charged to the ledger as local', () => {
  const { HtmlService, run, ws } = setup();
  run(() => HtmlService.createHtmlOutput('x').getContent());
  expect(ws.ledger.records.map((r) => [r.service, r.method, r.kind])).toEqual([
    ['HtmlService', 'HtmlService.createHtmlOutput', 'local'],
    ['HtmlService', 'HtmlOutput.getContent', 'local'],
  ]);
});
