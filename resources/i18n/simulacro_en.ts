<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ChoiceView</name>
    <message>
        <location filename="../../ui/item_views.py" line="145" />
        <source>Option %1: %2</source>
        <translation>Option %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="147" />
        <source>Choose this option (key %1)</source>
        <translation>Choose this option (key %1)</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="150" />
        <source>Restore option</source>
        <translation>Restore option</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="150" />
        <source>Strike out option</source>
        <translation>Strike out option</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="164" />
        <source>correct</source>
        <translation>correct</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="167" />
        <source>your choice</source>
        <translation>your choice</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="187" />
        <source>You have already chosen %1 options. Clear one to choose another.</source>
        <translation>You have already chosen %1 options. Clear one to choose another.</translation>
    </message>
</context>
<context>
    <name>ExamPage</name>
    <message>
        <location filename="../../ui/exam_page.py" line="205" />
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="206" />
        <location filename="../../ui/exam_page.py" line="207" />
        <source>Previous item</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="208" />
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="209" />
        <location filename="../../ui/exam_page.py" line="210" />
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="211" />
        <location filename="../../ui/exam_page.py" line="213" />
        <source>Review screen</source>
        <translation>Review screen</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="212" />
        <source>See every item and jump to any of them</source>
        <translation>See every item and jump to any of them</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="214" />
        <source>Submit…</source>
        <translation>Submit…</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="215" />
        <location filename="../../ui/exam_page.py" line="216" />
        <source>Submit the exam</source>
        <translation>Submit the exam</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="217" />
        <location filename="../../ui/exam_page.py" line="219" />
        <source>Check answer</source>
        <translation>Check answer</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="218" />
        <source>See if the answer is right, with every reason</source>
        <translation>See if the answer is right, with every reason</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="220" />
        <source>Flag this item to come back to it</source>
        <translation>Flag this item to come back to it</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="221" />
        <source>Flag for review</source>
        <translation>Flag for review</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="222" />
        <source>Pause the practice clock</source>
        <translation>Pause the practice clock</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="223" />
        <source>Pause or resume</source>
        <translation>Pause or resume</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="224" />
        <source>Case study scenario</source>
        <translation>Case study scenario</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="225" />
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="226" />
        <source>Time remaining</source>
        <translation>Time remaining</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="281" />
        <source>Your last change could not be saved: %1</source>
        <translation>Your last change could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="304" />
        <source>Item %1 of %2</source>
        <translation>Item %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="308" />
        <source>Task %1 · %2</source>
        <translation>Task %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="312" />
        <source>⚑ Flagged</source>
        <translation>⚑ Flagged</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="312" />
        <source>⚐ Flag for review</source>
        <translation>⚐ Flag for review</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="315" />
        <source>(Choose %1.)</source>
        <translation>(Choose %1.)</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="334" />
        <source>Case study: %1</source>
        <translation>Case study: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="347" />
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="347" />
        <source>Incorrect</source>
        <translation>Incorrect</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="348" />
        <source>Partial credit (practice only): %1 %</source>
        <translation>Partial credit (practice only): %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="368" />
        <source>%1 answered · %2 unanswered · %3 flagged</source>
        <translation>%1 answered · %2 unanswered · %3 flagged</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="424" />
        <source>▶ Resume</source>
        <translation>▶ Resume</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="424" />
        <source>⏸ Pause</source>
        <translation>⏸ Pause</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="473" />
        <source>Time is up: the exam was submitted with the answers you gave.</source>
        <translation>Time is up: the exam was submitted with the answers you gave.</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="478" />
        <source>Untimed · %1</source>
        <translation>Untimed · %1</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="489" />
        <source>15 minutes left.</source>
        <translation>15 minutes left.</translation>
    </message>
    <message>
        <location filename="../../ui/exam_page.py" line="492" />
        <source>5 minutes left.</source>
        <translation>5 minutes left.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home_page.py" line="194" />
        <source>AWS Certified AI Practitioner (AIF-C01) exam simulator</source>
        <translation>AWS Certified AI Practitioner (AIF-C01) exam simulator</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="195" />
        <source>Full-length exam</source>
        <translation>Full-length exam</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="198" />
        <source>65 items in 90 minutes, drawn like the real exam: domain weights, every item type, 15 unscored items you cannot tell apart. Domain and task are hidden until the end.</source>
        <translation>65 items in 90 minutes, drawn like the real exam: domain weights, every item type, 15 unscored items you cannot tell apart. Domain and task are hidden until the end.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="202" />
        <source>+30 minutes (accommodation for non-native English speakers)</source>
        <translation>+30 minutes (accommodation for non-native English speakers)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="203" />
        <source>Add 30 minutes</source>
        <translation>Add 30 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="204" />
        <location filename="../../ui/home_page.py" line="205" />
        <source>Start full exam</source>
        <translation>Start full exam</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="206" />
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="207" />
        <source>Domains:</source>
        <translation>Domains:</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="209" />
        <source>Select or clear every task of domain %1</source>
        <translation>Select or clear every task of domain %1</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="210" />
        <source>Domain %1</source>
        <translation>Domain %1</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="211" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="212" />
        <source>Select every task statement</source>
        <translation>Select every task statement</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="213" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="214" />
        <source>Clear every task statement</source>
        <translation>Clear every task statement</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="215" />
        <source>Task statements to practise</source>
        <translation>Task statements to practise</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="216" />
        <source>Number of items:</source>
        <translation>Number of items:</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="217" />
        <source>Number of items</source>
        <translation>Number of items</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="218" />
        <source>Timed (same pace as the real exam)</source>
        <translation>Timed (same pace as the real exam)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="219" />
        <source>Timed</source>
        <translation>Timed</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="220" />
        <source>Instant feedback after each answer</source>
        <translation>Instant feedback after each answer</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="221" />
        <source>Instant feedback</source>
        <translation>Instant feedback</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="222" />
        <source>Add a case study (practice material)</source>
        <translation>Add a case study (practice material)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="223" />
        <source>Add a case study</source>
        <translation>Add a case study</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="224" />
        <location filename="../../ui/home_page.py" line="225" />
        <source>Start practice</source>
        <translation>Start practice</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="226" />
        <source>Question bank</source>
        <translation>Question bank</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="227" />
        <source>Items per domain</source>
        <translation>Items per domain</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="228" />
        <location filename="../../ui/home_page.py" line="229" />
        <source>Latest results</source>
        <translation>Latest results</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="230" />
        <source>No finished exams yet. Your results will appear here.</source>
        <translation>No finished exams yet. Your results will appear here.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="231" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="232" />
        <source>Resume the unfinished exam</source>
        <translation>Resume the unfinished exam</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="233" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="234" />
        <source>Discard the unfinished exam</source>
        <translation>Discard the unfinished exam</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="248" />
        <source>Question bank: %1 items</source>
        <translation>Question bank: %1 items</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="263" />
        <source>full exam</source>
        <translation>full exam</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="263" />
        <source>practice</source>
        <translation>practice</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="264" />
        <source>You have an unfinished %1 from %2: %3 of %4 answered.</source>
        <translation>You have an unfinished %1 from %2: %3 of %4 answered.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="268" />
        <source>%1 min left.</source>
        <translation>%1 min left.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.py" line="296" />
        <source>Choose at least one task statement or domain.</source>
        <translation>Choose at least one task statement or domain.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/home_page.py" line="298" />
        <source>%n item(s) available in the chosen task statements.</source>
        <translation>
            <numerusform>%n item available in the chosen task statements.</numerusform>
            <numerusform>%n items available in the chosen task statements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <source>Simulacro — AWS Certified AI Practitioner</source>
        <translation>Simulacro — AWS Certified AI Practitioner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143" />
        <source>&amp;Simulacro</source>
        <translation>&amp;Simulacro</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146" />
        <source>&amp;Home</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151" />
        <source>Normal text size</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153" />
        <source>&amp;About Simulacro</source>
        <translation>&amp;About Simulacro</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154" />
        <source>Opening your data and the question bank…</source>
        <translation>Opening your data and the question bank…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>Simulacro could not open its data.</source>
        <translation>Simulacro could not open its data.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224" />
        <source>Nothing was deleted. Fix the problem and start Simulacro again.</source>
        <translation>Nothing was deleted. Fix the problem and start Simulacro again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281" />
        <source>Discard the unfinished exam?</source>
        <translation>Discard the unfinished exam?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282" />
        <source>It will stay in your history as discarded and will not be offered again.</source>
        <translation>It will stay in your history as discarded and will not be offered again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>Save the PDF report</source>
        <translation>Save the PDF report</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312" />
        <source>Report saved: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333" />
        <source>Simulacro</source>
        <translation>Simulacro</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341" />
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383" />
        <source>About Simulacro</source>
        <translation>About Simulacro</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385" />
        <source>Simulacro 0.1 — an offline practice simulator for the AWS Certified AI Practitioner exam. Not affiliated with Amazon Web Services. Scaled scores are estimates.</source>
        <translation>Simulacro 0.1 — an offline practice simulator for the AWS Certified AI Practitioner exam. Not affiliated with Amazon Web Services. Scaled scores are estimates.</translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <location filename="../../ui/item_views.py" line="222" />
        <source>Choose a response for each prompt. A response can be used more than once.</source>
        <translation>Choose a response for each prompt. A response can be used more than once.</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="237" />
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="243" />
        <source>Response for: %1</source>
        <translation>Response for: %1</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="256" />
        <source>Answer: %1</source>
        <translation>Answer: %1</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../ui/models.py" line="107" />
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="108" />
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="109" />
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="148" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="149" />
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="150" />
        <location filename="../../ui/models.py" line="247" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="151" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="163" />
        <source>Full exam</source>
        <translation>Full exam</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="165" />
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="167" />
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="172" />
        <source>Pass (estimate)</source>
        <translation>Pass (estimate)</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="174" />
        <source>Fail (estimate)</source>
        <translation>Fail (estimate)</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="206" />
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="208" />
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="210" />
        <source>unanswered</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="213" />
        <source>flagged</source>
        <translation>flagged</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="245" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="246" />
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="259" />
        <source>no items</source>
        <translation>no items</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="297" />
        <source>Position %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
</context>
<context>
    <name>OrderingView</name>
    <message>
        <location filename="../../ui/item_views.py" line="315" />
        <source>Put the steps in order, first at the top. Drag them, or select one and press Alt+Up / Alt+Down.</source>
        <translation>Put the steps in order, first at the top. Drag them, or select one and press Alt+Up / Alt+Down.</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="317" />
        <location filename="../../ui/item_views.py" line="323" />
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="318" />
        <source>Move the selected step up</source>
        <translation>Move the selected step up</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="319" />
        <location filename="../../ui/item_views.py" line="324" />
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="320" />
        <source>Move the selected step down</source>
        <translation>Move the selected step down</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="321" />
        <source>Confirm this order</source>
        <translation>Confirm this order</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="321" />
        <source>Order saved</source>
        <translation>Order saved</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="325" />
        <source>Confirm order</source>
        <translation>Confirm order</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="326" />
        <source>Steps to order</source>
        <translation>Steps to order</translation>
    </message>
    <message>
        <location filename="../../ui/item_views.py" line="335" />
        <source>Correct order:</source>
        <translation>Correct order:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="273" />
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="279" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="284" />
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="286" />
        <source>Candidate name (for reports)</source>
        <translation>Candidate name (for reports)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="289" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="290" />
        <source>Text size:</source>
        <translation>Text size:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="291" />
        <source>Candidate name (for reports):</source>
        <translation>Candidate name (for reports):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="296" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="297" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/results_page.py" line="136" />
        <source>By domain</source>
        <translation>By domain</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="137" />
        <source>By task statement</source>
        <translation>By task statement</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="138" />
        <location filename="../../ui/results_page.py" line="139" />
        <source>Review answers</source>
        <translation>Review answers</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="140" />
        <source>PDF report…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="141" />
        <source>PDF report</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="142" />
        <location filename="../../ui/results_page.py" line="143" />
        <source>Back to home</source>
        <translation>Back to home</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="144" />
        <source>Scores by domain</source>
        <translation>Scores by domain</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="145" />
        <source>Scores by task statement</source>
        <translation>Scores by task statement</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="159" />
        <source>Not available in this version yet.</source>
        <translation>Not available in this version yet.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="170" />
        <source>Estimated result: PASS</source>
        <translation>Estimated result: PASS</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="170" />
        <source>Estimated result: FAIL</source>
        <translation>Estimated result: FAIL</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="173" />
        <source>AWS does not publish how raw results become scaled scores: Simulacro's scaled score is an estimate.</source>
        <translation>AWS does not publish how raw results become scaled scores: Simulacro's scaled score is an estimate.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="176" />
        <source>Time ran out and the exam was submitted automatically.</source>
        <translation>Time ran out and the exam was submitted automatically.</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="179" />
        <source>Estimated scaled score: %1 of %2 (pass mark %3)</source>
        <translation>Estimated scaled score: %1 of %2 (pass mark %3)</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="185" />
        <source>Raw score: %1 of %2 scored items right (%3 %)</source>
        <translation>Raw score: %1 of %2 scored items right (%3 %)</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="193" />
        <source>Time used: %1 min of %2</source>
        <translation>Time used: %1 min of %2</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="198" />
        <source>Time used: %1 min (untimed)</source>
        <translation>Time used: %1 min (untimed)</translation>
    </message>
    <message>
        <location filename="../../ui/results_page.py" line="201" />
        <source>Partial credit, practice only (not part of the exam score): %1 %</source>
        <translation>Partial credit, practice only (not part of the exam score): %1 %</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="150" />
        <source>Review screen</source>
        <translation>Review screen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="155" />
        <source>All items</source>
        <translation>All items</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="156" />
        <source>Flagged only</source>
        <translation>Flagged only</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="157" />
        <source>Unanswered only</source>
        <translation>Unanswered only</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="158" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="169" />
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="173" />
        <source>Filled: answered · Outlined: unanswered · Thick amber border and ⚑: flagged</source>
        <translation>Filled: answered · Outlined: unanswered · Thick amber border and ⚑: flagged</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="175" />
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="182" />
        <location filename="../../ui/dialogs.py" line="183" />
        <source>Back to the exam</source>
        <translation>Back to the exam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="184" />
        <source>Submit exam…</source>
        <translation>Submit exam…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="185" />
        <source>Submit exam</source>
        <translation>Submit exam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="206" />
        <source>%1 answered · %2 unanswered · %3 flagged</source>
        <translation>%1 answered · %2 unanswered · %3 flagged</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="40" />
        <source>Choose option 1 to 9 (toggle in multiple response)</source>
        <translation>Choose option 1 to 9 (toggle in multiple response)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="41" />
        <source>Strike out option 1 to 9, or restore it</source>
        <translation>Strike out option 1 to 9, or restore it</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="42" />
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="43" />
        <source>Previous item</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="44" />
        <source>Flag the item for review, or clear the flag</source>
        <translation>Flag the item for review, or clear the flag</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="45" />
        <source>Open the review screen</source>
        <translation>Open the review screen</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="46" />
        <source>Submit the exam</source>
        <translation>Submit the exam</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="47" />
        <source>Check the answer (practice with instant feedback)</source>
        <translation>Check the answer (practice with instant feedback)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="48" />
        <source>Pause or resume (practice only)</source>
        <translation>Pause or resume (practice only)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="49" />
        <source>Ordering: move the selected step up</source>
        <translation>Ordering: move the selected step up</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="50" />
        <source>Ordering: move the selected step down</source>
        <translation>Ordering: move the selected step down</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="51" />
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="52" />
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="53" />
        <source>Normal text size</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="54" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="55" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="234" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="235" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="251" />
        <location filename="../../ui/dialogs.py" line="257" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="261" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="44" />
        <location filename="../../ui/dialogs.py" line="45" />
        <source>Submit the exam?</source>
        <translation>Submit the exam?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="49" />
        <source>You have answered %1 of %2 items.</source>
        <translation>You have answered %1 of %2 items.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="54" />
        <source>%n item(s) unanswered: they will count as wrong.</source>
        <translation>
            <numerusform>%n item unanswered: it will count as wrong.</numerusform>
            <numerusform>%n items unanswered: they will count as wrong.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="56" />
        <source>%n item(s) flagged for review.</source>
        <translation>
            <numerusform>%n item flagged for review.</numerusform>
            <numerusform>%n items flagged for review.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="57" />
        <source>After submitting you cannot change any answer.</source>
        <translation>After submitting you cannot change any answer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="60" />
        <location filename="../../ui/dialogs.py" line="62" />
        <source>Submit exam</source>
        <translation>Submit exam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="61" />
        <location filename="../../ui/dialogs.py" line="63" />
        <source>Keep working</source>
        <translation>Keep working</translation>
    </message>
</context>
</TS>